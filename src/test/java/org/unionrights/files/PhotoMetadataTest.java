package org.unionrights.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoMetadataTest {

	@Test
	void filesAreRecognisedByContentNotName() {
		assertThat(FileType.sniff(TestFiles.jpeg())).contains(FileType.JPEG);
		assertThat(FileType.sniff(TestFiles.png())).contains(FileType.PNG);
		assertThat(FileType.sniff(TestFiles.pdf())).contains(FileType.PDF);
		assertThat(FileType.sniff(TestFiles.executable())).isEmpty();
		assertThat(FileType.sniff(new byte[0])).isEmpty();
		assertThat(FileType.sniff("<html><script>".getBytes())).isEmpty();
	}

	@Test
	void jpegLosesItsLocationButKeepsItsOrientationAndPixels() throws IOException {
		byte[] phone = TestFiles.jpegWithLocation(6);
		assertThat(TestFiles.contains(phone, TestFiles.SECRET_PLACE)).isTrue();
		byte[] clean = PhotoMetadata.strip(FileType.JPEG, phone);
		assertThat(TestFiles.contains(clean, TestFiles.SECRET_PLACE)).isFalse();
		assertThat(TestFiles.contains(clean, "GPS")).isFalse();
		assertThat(orientationOf(clean)).isEqualTo(6);
		assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getWidth()).isEqualTo(64);
	}

	@Test
	void furtherPicturesAfterTheFirstImageAreLeftBehindWithTheirLocation() throws IOException {
		byte[] first = TestFiles.jpeg();
		byte[] second = TestFiles.jpegWithLocation(1);
		byte[] multiPicture = new byte[first.length + second.length];
		System.arraycopy(first, 0, multiPicture, 0, first.length);
		System.arraycopy(second, 0, multiPicture, first.length, second.length);
		assertThat(TestFiles.contains(multiPicture, TestFiles.SECRET_PLACE)).isTrue();
		byte[] clean = PhotoMetadata.strip(FileType.JPEG, multiPicture);
		assertThat(TestFiles.contains(clean, TestFiles.SECRET_PLACE)).isFalse();
		assertThat(clean).hasSize(first.length);
		assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getWidth()).isEqualTo(64);
	}

	@Test
	void jpegWithUprightOrientationGetsNoExifAtAll() {
		byte[] clean = PhotoMetadata.strip(FileType.JPEG, TestFiles.jpegWithLocation(1));
		assertThat(TestFiles.contains(clean, "Exif")).isFalse();
	}

	@Test
	void pngLosesItsTextChunks() throws IOException {
		byte[] phone = TestFiles.pngWithLocation();
		assertThat(ImageIO.read(new ByteArrayInputStream(phone))).isNotNull();
		byte[] clean = PhotoMetadata.strip(FileType.PNG, phone);
		assertThat(TestFiles.contains(clean, TestFiles.SECRET_PLACE)).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getHeight()).isEqualTo(48);
	}

	@Test
	void aTruncatedPhotoIsRefused() {
		byte[] jpeg = TestFiles.jpegWithLocation(3);
		byte[] cut = java.util.Arrays.copyOf(jpeg, 20);
		assertThatThrownBy(() -> PhotoMetadata.strip(FileType.JPEG, cut)).isInstanceOf(InvalidFileException.class);
		byte[] png = TestFiles.png();
		byte[] cutPng = java.util.Arrays.copyOf(png, 40);
		assertThatThrownBy(() -> PhotoMetadata.strip(FileType.PNG, cutPng))
			.isInstanceOf(InvalidFileException.class);
	}

	@Test
	void pdfIsKeptAsItIs() {
		byte[] pdf = TestFiles.pdf();
		assertThat(PhotoMetadata.strip(FileType.PDF, pdf)).isEqualTo(pdf);
	}

	/** Finds the first APP1 EXIF block and reads its orientation. */
	private static int orientationOf(byte[] jpeg) {
		int pos = 2;
		while (pos + 4 < jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
			int marker = jpeg[pos + 1] & 0xFF;
			int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
			if (marker == 0xE1) {
				return PhotoMetadata.exifOrientation(jpeg, pos + 4, length - 2);
			}
			if (marker == 0xDA) {
				break;
			}
			pos += 2 + length;
		}
		return 1;
	}

}
