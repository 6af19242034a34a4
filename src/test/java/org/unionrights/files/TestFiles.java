package org.unionrights.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Evidence files made in the test: real photos with and without location metadata, a PDF, and
 * things that only pretend to be photos.
 */
public final class TestFiles {

	/** The text planted in metadata, to prove it is gone. */
	public static final String SECRET_PLACE = "GPS 34.3617N 107.2373E Baoji";

	/** How a JPEG starts, whatever its metadata. */
	public static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	/** How a PNG starts. */
	public static final byte[] PNG_START = { (byte) 0x89, 'P', 'N', 'G' };

	private TestFiles() {
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	public static byte[] png() {
		return image("png");
	}

	/** A PNG that differs from the others by its pixels. */
	public static byte[] png(int variant) {
		return image("png", variant);
	}

	private static byte[] image(String format) {
		return image(format, 0);
	}

	private static byte[] image(String format, int variant) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(155, 27, 27));
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(8 + variant, 8, 20, 10);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A JPEG as a phone makes it: an EXIF block right after the start marker with the given
	 * orientation and a "GPS" text standing in for the location.
	 */
	public static byte[] jpegWithLocation(int orientation) {
		byte[] plain = jpeg();
		byte[] place = SECRET_PLACE.getBytes(StandardCharsets.US_ASCII);
		// TIFF header (little endian), IFD0 with orientation and an ASCII tag holding the place.
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + place.length + 1).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(place.length + 1).putInt(8 + 2 + 24 + 4);
		tiff.putInt(0);
		tiff.put(place).put((byte) 0);
		byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))
			.put(tiff.array())
			.array();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.write(exif, 0, exif.length);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** A PNG with a text chunk naming the place, before its image data. */
	public static byte[] pngWithLocation() {
		byte[] plain = png();
		byte[] data = ("Location\0" + SECRET_PLACE).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(data);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		int afterHeader = 8 + 25; // signature + IHDR chunk
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, afterHeader);
		out.write(chunk.array(), 0, chunk.capacity());
		out.write(plain, afterHeader, plain.length - afterHeader);
		return out.toByteArray();
	}

	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The start of a Linux executable, to be renamed photo.jpg. */
	public static byte[] executable() {
		byte[] elf = new byte[4096];
		elf[0] = 0x7F;
		elf[1] = 'E';
		elf[2] = 'L';
		elf[3] = 'F';
		return elf;
	}

	/** A JPEG padded past the 10 MB limit. */
	public static byte[] jpegOfMegabytes(int megabytes) {
		byte[] plain = jpeg();
		byte[] big = new byte[megabytes * 1024 * 1024];
		System.arraycopy(plain, 0, big, 0, plain.length);
		return big;
	}

	public static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

}
