package org.unionrights.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The files module's door, without Spring: what it refuses, what it strips, where the bytes go,
 * and that they go again when the transaction that stored them rolls back.
 */
class StoredFilesTest {

	@TempDir
	Path root;

	private StoredFiles files() {
		return new StoredFiles(new FileStore(root));
	}

	private static MockMultipartFile sent(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	@AfterEach
	void noTransactionLeft() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	private static void refused(Runnable check, String code) {
		assertThatThrownBy(check::run).isInstanceOf(InvalidFileException.class)
			.extracting(ex -> ((InvalidFileException) ex).getCode())
			.isEqualTo(code);
	}

	@Test
	void refusesWhatIsNotAPhotoOrPdfWhateverItsName() {
		StoredFiles files = files();
		refused(() -> files.check(null), "file.empty");
		refused(() -> files.check(sent("a.jpg", new byte[0])), "file.empty");
		refused(() -> files.check(sent("photo.jpg", TestFiles.executable())), "file.type");
		refused(() -> files.check(sent("big.pdf", new byte[(int) StoredFiles.MAX_BYTES + 1])), "file.tooLarge");
		byte[] broken = java.util.Arrays.copyOf(TestFiles.jpeg(), 40);
		refused(() -> files.check(sent("cut.jpg", broken)), "file.invalid");
	}

	@Test
	void aPhotoLosesItsLocationAndItsPathButKeepsItsName() {
		CheckedFile checked = files().check(sent("C:\\Users\\王\\工地.jpg", TestFiles.jpegWithLocation(6)));
		assertThat(checked.name()).isEqualTo("工地.jpg");
		assertThat(TestFiles.contains(checked.content(), TestFiles.SECRET_PLACE)).isFalse();
		assertThat(checked.sha256()).hasSize(64)
			.isEqualTo(files().check(sent("again.jpg", TestFiles.jpegWithLocation(6))).sha256());
		assertThat(StoredFiles.displayName("../../etc/passwd\u0000<x>")).isEqualTo("passwdx");
		assertThat(StoredFiles.displayName(null)).isEqualTo("file");
	}

	@Test
	void theBytesAreKeptUnderANameTheServerMadeAndOpenAgain() throws IOException {
		StoredFiles files = files();
		StoredFile stored = files.store(files.check(sent("收据.pdf", TestFiles.pdf())));
		assertThat(stored.getStoredName()).matches("^[0-9a-f]{32}$");
		assertThat(stored.getName()).isEqualTo("收据.pdf");
		try (InputStream in = files.open(stored)) {
			assertThat(in.readAllBytes()).isEqualTo(TestFiles.pdf());
		}
		assertThat(storedFileNames()).containsExactly(stored.getStoredName());
		files.delete(stored);
		assertThat(storedFileNames()).isEmpty();
		assertThatThrownBy(() -> files.open(stored)).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void aFileStoredInATransactionThatRollsBackIsDeletedAndOneThatCommitsIsKept() {
		StoredFiles files = files();
		TransactionSynchronizationManager.initSynchronization();
		StoredFile lost = files.store(files.check(sent("a.png", TestFiles.png())));
		files.store(files.check(sent("b.png", TestFiles.png(2))));
		TransactionSynchronizationManager.getSynchronizations()
			.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		TransactionSynchronizationManager.clearSynchronization();
		assertThat(storedFileNames()).as("both stored in the rolled-back transaction").isEmpty();

		TransactionSynchronizationManager.initSynchronization();
		StoredFile kept = files.store(files.check(sent("b.png", TestFiles.png(2))));
		TransactionSynchronizationManager.getSynchronizations()
			.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		TransactionSynchronizationManager.clearSynchronization();
		assertThat(storedFileNames()).containsExactly(kept.getStoredName()).doesNotContain(lost.getStoredName());
	}

	@Test
	void aDeletionInATransactionWaitsForTheCommit() {
		StoredFiles files = files();
		StoredFile stored = files.store(files.check(sent("a.png", TestFiles.png())));
		TransactionSynchronizationManager.initSynchronization();
		files.delete(stored);
		assertThat(storedFileNames()).as("not before the commit").hasSize(1);
		TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		assertThat(storedFileNames()).isEmpty();
	}

	private java.util.List<String> storedFileNames() {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
