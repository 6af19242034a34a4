package org.unionrights.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class QueryCodesTest {

	static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

	final QueryCodes codes = new QueryCodes(KEY);

	@Test
	void codesAreUnambiguousAndStoredOnlyAsSaltedKeyedHashes() {
		String code = codes.generate();
		assertThat(code).matches("^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$");
		String hash = codes.hash(code);
		assertThat(hash).matches("h1\\$[0-9a-f]{32}\\$[0-9a-f]{64}").doesNotContain(QueryCodes.normalize(code));
		assertThat(codes.hash(code)).as("a new salt every time").isNotEqualTo(hash);
		assertThat(codes.matches(code.toLowerCase().replace("-", " "), hash)).isTrue();
		assertThat(codes.matches("AAAA-AAAA", hash)).isFalse();
		assertThat(codes.matches("", hash)).isFalse();
		assertThat(codes.generate()).isNotEqualTo(code);
	}

	@Test
	void aHashIsWorthNothingWithoutItsKey() {
		String hash = codes.hash("ABCD-EFGH");
		byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
		otherKey[0] ^= 1;
		assertThat(new QueryCodes(otherKey).matches("ABCD-EFGH", hash)).isFalse();
		assertThat(new QueryCodes(KEY.clone()).matches("ABCD-EFGH", hash)).isTrue();
	}

	@Test
	void hashesOfTheFirstVersionAreStillChecked() {
		String pbkdf2 = new Pbkdf2PasswordEncoder("", 16, 20_000,
				Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256)
			.encode("ABCDEFGH");
		assertThat(codes.matches("abcd-efgh", pbkdf2)).isTrue();
		assertThat(codes.matches("ABCD-EFGJ", pbkdf2)).isFalse();
		assertThat(codes.matches("ABCD", pbkdf2)).isFalse();
	}

	@Test
	void theKeyIsCreatedOnceInTheStorageFolderOwnerOnlyAndThenKept(@TempDir Path storage) throws Exception {
		byte[] first = new QueryCodeKey("", storage).bytes();
		Path file = storage.resolve("keys/query-code.key");
		assertThat(first).hasSize(QueryCodeKey.MIN_BYTES);
		assertThat(Base64.getDecoder().decode(Files.readString(file))).isEqualTo(first);
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		assertThat(new QueryCodeKey("", storage).bytes()).as("read again after a restart").isEqualTo(first);
		assertThat(storage.resolve("keys")).isDirectoryNotContaining("glob:**.part");
	}

	@Test
	void aConfiguredKeyWinsAndABadOneStopsTheStart(@TempDir Path storage) {
		String configured = Base64.getEncoder().encodeToString(KEY);
		assertThat(new QueryCodeKey(configured, storage).bytes()).isEqualTo(KEY);
		assertThat(storage.resolve("keys")).doesNotExist();
		assertThatIllegalStateException().isThrownBy(() -> new QueryCodeKey("c2hvcnQ=", storage))
			.withMessageContaining("needs at least 32");
		assertThatIllegalStateException().isThrownBy(() -> new QueryCodeKey("not base64!", storage))
			.withMessageContaining("not Base64");
	}

}
