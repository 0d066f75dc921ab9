package be.lokaalcirculair.practice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An image of a fiche, stored in the database (so that application nodes share nothing).
 * Only JPEG, PNG and WebP are stored, re-encoded by the upload so that no metadata
 * survives; every image has a text alternative.
 */
@Entity
@Table(name = "practice_image")
public class PracticeImage {

	/** The content types an image may have. */
	public static final java.util.Set<String> CONTENT_TYPES = java.util.Set.of("image/jpeg", "image/png", "image/webp");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id")
	private Long practiceId;

	private int position;

	@Column(name = "content_type")
	private String contentType;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private int width;

	private int height;

	@Column(name = "alt_text")
	private String altText;

	private String caption;

	@Basic(fetch = FetchType.LAZY)
	private byte[] thumbnail;

	protected PracticeImage() {
	}

	PracticeImage(long practiceId, int position, String contentType, byte[] content, int width, int height,
			String altText, String caption) {
		this(practiceId, position, contentType, content, width, height, altText, caption, null);
	}

	PracticeImage(long practiceId, int position, String contentType, byte[] content, int width, int height,
			String altText, String caption, byte[] thumbnail) {
		this.thumbnail = thumbnail;
		if (!CONTENT_TYPES.contains(contentType)) {
			throw new IllegalArgumentException("Not an allowed image type: " + contentType);
		}
		if (altText == null || altText.isBlank()) {
			throw new IllegalArgumentException("An image needs a text alternative");
		}
		this.practiceId = practiceId;
		this.position = position;
		this.contentType = contentType;
		this.content = content;
		this.width = width;
		this.height = height;
		this.altText = altText;
		this.caption = caption;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPracticeId() {
		return this.practiceId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

	/**
	 * A small JPEG version, or {@code null} for images stored before thumbnails were
	 * made.
	 */
	byte[] getThumbnail() {
		return this.thumbnail;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public String getAltText() {
		return this.altText;
	}

	public String getCaption() {
		return this.caption;
	}

}
