package be.lokaalcirculair.practice;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Checks an uploaded image by its content (never by its name or declared type) and
 * encodes it anew, so that nothing but pixels survives: no GPS position, no camera data,
 * no hidden payload. Large images are scaled down, and a thumbnail is made.
 */
@Component
class ImageUploads {

	/** The largest upload accepted. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The most pixels decoded: protection against images that unpack to gigabytes. */
	static final long MAX_PIXELS = 40_000_000L;

	static final int MAX_EDGE = 1600, THUMBNAIL_EDGE = 480;

	private static final Set<String> FORMATS = Set.of("jpeg", "jpg", "png", "webp");

	/** An image as it is stored. */
	record Encoded(String contentType, byte[] content, int width, int height, byte[] thumbnail) {
	}

	/** Why an upload is refused, as a message key. */
	static final class Refused extends Exception {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	Encoded encode(byte[] upload) throws Refused {
		if (upload == null || upload.length == 0) {
			throw new Refused("practice.image.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new Refused("practice.image.too-large");
		}
		BufferedImage image;
		boolean png;
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				throw new Refused("practice.image.not-an-image");
			}
			ImageReader reader = readers.next();
			String format = reader.getFormatName().toLowerCase(Locale.ROOT);
			if (!FORMATS.contains(format)) {
				throw new Refused("practice.image.not-an-image");
			}
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new Refused("practice.image.too-large");
				}
				image = reader.read(0);
				png = "png".equals(format);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new Refused("practice.image.not-an-image");
		}
		boolean alpha = png && image.getColorModel().hasAlpha();
		BufferedImage scaled = scale(image, MAX_EDGE, alpha);
		try {
			return new Encoded(alpha ? "image/png" : "image/jpeg", write(scaled, alpha), scaled.getWidth(),
					scaled.getHeight(), write(scale(image, THUMBNAIL_EDGE, false), false));
		}
		catch (IOException ex) {
			throw new Refused("practice.image.not-an-image");
		}
	}

	private static BufferedImage scale(BufferedImage source, int maxEdge, boolean alpha) {
		double factor = Math.min(1.0, (double) maxEdge / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
		BufferedImage target = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (!alpha) {
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	/** Writes the pixels only: a fresh file without any of the original's metadata. */
	private static byte[] write(BufferedImage image, boolean png) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (png) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
