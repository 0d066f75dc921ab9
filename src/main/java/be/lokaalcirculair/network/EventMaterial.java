package be.lokaalcirculair.network;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Material of an event, shared afterwards: a link, or a document stored in the database
 * and always served as a download. Public, or only for those who had a seat.
 */
@Entity
@Table(name = "event_material")
class EventMaterial {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id")
	private long eventId;

	private String title;

	private String url;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	@Column(name = "size_bytes")
	private long sizeBytes;

	@Column(name = "participants_only")
	private boolean participantsOnly;

	@Column(name = "created_at")
	private Instant createdAt;

	protected EventMaterial() {
	}

	private EventMaterial(long eventId, String title, boolean participantsOnly) {
		this.eventId = eventId;
		this.title = title.strip();
		this.participantsOnly = participantsOnly;
		this.createdAt = Instant.now();
	}

	static EventMaterial link(long eventId, String title, String url, boolean participantsOnly) {
		EventMaterial material = new EventMaterial(eventId, title, participantsOnly);
		material.url = url.strip();
		return material;
	}

	static EventMaterial file(long eventId, String title, MaterialFiles.Checked file, boolean participantsOnly) {
		EventMaterial material = new EventMaterial(eventId, title, participantsOnly);
		material.fileName = file.fileName();
		material.contentType = file.contentType();
		material.content = file.content();
		material.sizeBytes = file.content().length;
		return material;
	}

	Long getId() {
		return this.id;
	}

	long getEventId() {
		return this.eventId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

	boolean isParticipantsOnly() {
		return this.participantsOnly;
	}

}
