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
 * A document attached to a fiche (a PDF), stored in the database and always served as a
 * download.
 */
@Entity
@Table(name = "practice_attachment")
public class PracticeAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id")
	private Long practiceId;

	private int position;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String title;

	protected PracticeAttachment() {
	}

	PracticeAttachment(long practiceId, int position, String fileName, String contentType, byte[] content,
			String title) {
		this.practiceId = practiceId;
		this.position = position;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
		this.title = title;
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

	/** The file name, as the download offers it (never used as a path). */
	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	/** A title to show instead of the file name, or {@code null}. */
	public String getTitle() {
		return this.title;
	}

}
