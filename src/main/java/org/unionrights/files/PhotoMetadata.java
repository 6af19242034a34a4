package org.unionrights.files;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Removes what a photo says beyond its pixels — above all where it was taken. JPEG: EXIF and
 * XMP (APP1), Photoshop blocks (APP13) and comments go; only the orientation is written back, so
 * the photo still shows the right way up. PNG: the eXIf, text and time chunks go. Anything that
 * does not parse as the format it claims is refused.
 */
final class PhotoMetadata {

	private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "iTXt", "zTXt", "tIME");

	private PhotoMetadata() {
	}

	static byte[] strip(FileType type, byte[] content) {
		return switch (type) {
			case JPEG -> stripJpeg(content);
			case PNG -> stripPng(content);
			case PDF -> content;
		};
	}

	private static byte[] stripJpeg(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(0xFF);
		out.write(0xD8);
		int orientation = 1;
		int pos = 2;
		boolean orientationWritten = false;
		while (true) {
			if (pos + 4 > in.length || (in[pos] & 0xFF) != 0xFF) {
				throw new InvalidFileException("file.invalid");
			}
			int marker = in[pos + 1] & 0xFF;
			if (marker == 0xFF) { // fill byte
				pos++;
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) { // start of scan or end
				if (!orientationWritten && orientation != 1) {
					writeOrientation(out, orientation);
				}
				// The image data up to its end marker; whatever follows (the further pictures of
				// a multi-picture file, with their own EXIF and location) is left behind.
				int end = endOfImage(in, pos);
				out.write(in, pos, end - pos);
				return out.toByteArray();
			}
			int length = ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
			if (length < 2 || pos + 2 + length > in.length) {
				throw new InvalidFileException("file.invalid");
			}
			boolean app1 = marker == 0xE1;
			if (app1 && orientation == 1) {
				orientation = exifOrientation(in, pos + 4, length - 2);
			}
			boolean drop = app1 || marker == 0xED || marker == 0xFE || isMultiPicture(in, marker, pos, length);
			if (!drop) {
				if (marker != 0xE0 && !orientationWritten && orientation != 1) {
					writeOrientation(out, orientation);
					orientationWritten = true;
				}
				out.write(in, pos, 2 + length);
			}
			pos += 2 + length;
		}
	}

	/** Just past the first end-of-image marker from {@code from}, or the file's end. */
	private static int endOfImage(byte[] in, int from) {
		for (int i = from; i + 1 < in.length; i++) {
			if ((in[i] & 0xFF) == 0xFF && (in[i + 1] & 0xFF) == 0xD9) {
				return i + 2;
			}
		}
		return in.length;
	}

	/** An APP2 segment announcing further pictures (MPF), which the file will no longer hold. */
	private static boolean isMultiPicture(byte[] in, int marker, int pos, int length) {
		return marker == 0xE2 && length >= 6 && in[pos + 4] == 'M' && in[pos + 5] == 'P' && in[pos + 6] == 'F';
	}

	/** Reads tag 0x0112 from IFD0 of an EXIF block, 1 when there is none. */
	static int exifOrientation(byte[] in, int start, int length) {
		byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		if (length < 14) {
			return 1;
		}
		for (int i = 0; i < exifHeader.length; i++) {
			if (in[start + i] != exifHeader[i]) {
				return 1;
			}
		}
		int tiff = start + 6;
		int end = start + length;
		ByteBuffer buffer = ByteBuffer.wrap(in, 0, end);
		if (in[tiff] == 'I' && in[tiff + 1] == 'I') {
			buffer.order(ByteOrder.LITTLE_ENDIAN);
		}
		else if (in[tiff] == 'M' && in[tiff + 1] == 'M') {
			buffer.order(ByteOrder.BIG_ENDIAN);
		}
		else {
			return 1;
		}
		long ifd = tiff + (buffer.getInt(tiff + 4) & 0xFFFFFFFFL);
		if (ifd + 2 > end) {
			return 1;
		}
		int entries = buffer.getShort((int) ifd) & 0xFFFF;
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if ((buffer.getShort(entry) & 0xFFFF) == 0x0112) {
				int value = buffer.getShort(entry + 8) & 0xFFFF;
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	/** A minimal EXIF block holding only the orientation. */
	private static void writeOrientation(ByteArrayOutputStream out, int orientation) {
		ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
		exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.capacity() - 2));
		exif.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		exif.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		exif.putShort((short) 1);
		exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		exif.putInt(0);
		out.write(exif.array(), 0, exif.capacity());
	}

	private static byte[] stripPng(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int pos = 8;
		while (pos < in.length) {
			if (pos + 12 > in.length) {
				throw new InvalidFileException("file.invalid");
			}
			long length = ByteBuffer.wrap(in, pos, 4).getInt() & 0xFFFFFFFFL;
			if (pos + 12 + length > in.length) {
				throw new InvalidFileException("file.invalid");
			}
			String chunk = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
			if (!PNG_DROPPED.contains(chunk)) {
				out.write(in, pos, (int) (12 + length));
			}
			pos += (int) (12 + length);
			if (chunk.equals("IEND")) {
				return out.toByteArray();
			}
		}
		throw new InvalidFileException("file.invalid");
	}

}
