package be.lokaalcirculair.practice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.AuditLog;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.text.Slugs;

/**
 * Writing fiches. Members write the fiches of their own organisation (drafts, and fiches
 * sent back to them) and hand them in for review; editors may change every fiche (their
 * decisions are {@link PracticeModeration}'s). Every save keeps a revision and is
 * audited.
 */
@Service
@Transactional
public class PracticeManagement {

	private final PracticeRepository practices;

	private final PracticeFormMapping mapping;

	private final PracticeImageRepository images;

	private final ImageUploads uploads;

	private final PracticeAttachmentRepository attachments;

	private final AuditLog audit;

	private final AuthorMails mails;

	private final PracticeHistory history;

	PracticeManagement(PracticeRepository practices, PracticeFormMapping mapping, PracticeImageRepository images,
			ImageUploads uploads, PracticeAttachmentRepository attachments, AuditLog audit, AuthorMails mails,
			PracticeHistory history) {
		this.practices = practices;
		this.mapping = mapping;
		this.images = images;
		this.uploads = uploads;
		this.attachments = attachments;
		this.audit = audit;
		this.mails = mails;
		this.history = history;
	}

	/** Whether the person may edit the fiche now. */
	public static boolean mayEdit(AccountPrincipal person, Practice practice) {
		if (person.isEditor()) {
			return true;
		}
		boolean ownOrganisation = person.organisationId() != null
				&& person.organisationId().equals(practice.getLeadOrganisationId());
		return ownOrganisation && (practice.getModerationState() == ModerationState.DRAFT
				|| practice.getModerationState() == ModerationState.CHANGES_REQUESTED);
	}

	/** Whether the person may see the fiche in any state. */
	public static boolean mayView(AccountPrincipal person, Practice practice) {
		return person.isEditor() || (person.organisationId() != null
				&& person.organisationId().equals(practice.getLeadOrganisationId()));
	}

	/**
	 * Creates a fiche of the person's organisation from the form; nothing is saved when
	 * the form has errors (they are added to {@code errors}).
	 */
	public Optional<Practice> create(AccountPrincipal author, PracticeForm form, BindingResult errors, boolean submit) {
		if (author.organisationId() == null) {
			throw new SecurityException("Only members of an organisation write fiches");
		}
		Practice practice = new Practice(uniqueSlug(form.title()), "", "", author.organisationId(),
				PracticeStatus.LOPEND, "formulier", false);
		if (errors.hasErrors() | !this.mapping.apply(form, practice, errors)) {
			return Optional.empty();
		}
		practice.writtenBy(author.id());
		if (submit) {
			practice.submit();
		}
		Practice saved = this.practices.save(practice);
		this.history.record(saved, submit ? RevisionAction.SUBMITTED : RevisionAction.CREATED, author, null);
		if (submit) {
			this.mails.send(saved, "practice.mail.submitted", null, LocaleContextHolder.getLocale());
		}
		this.audit.record(author.id(), submit ? "practice.submitted" : "practice.drafted", "practice:" + saved.getId(),
				null);
		return Optional.of(saved);
	}

	/**
	 * Changes a fiche from the form, and hands it in for review when asked; nothing is
	 * saved when the form has errors.
	 * @throws ModerationConflict when asked to hand in a fiche whose state does not allow
	 * it (nothing is saved then either)
	 */
	public boolean update(AccountPrincipal person, long id, PracticeForm form, BindingResult errors, boolean submit) {
		Practice practice = editable(person, id);
		if (submit && !practice.getModerationState().maySubmit()) {
			throw new ModerationConflict(practice.getModerationState());
		}
		var baseline = this.history.baseline(practice);
		if (errors.hasErrors() | !this.mapping.apply(form, practice, errors)) {
			return false;
		}
		this.history.keep(baseline);
		if (submit) {
			practice.submit();
			this.mails.send(practice, "practice.mail.submitted", null, LocaleContextHolder.getLocale());
		}
		this.history.record(practice, submit ? RevisionAction.SUBMITTED : RevisionAction.SAVED, person, null);
		this.audit.record(person.id(), submit ? "practice.submitted" : "practice.changed", "practice:" + id, null);
		return true;
	}

	/**
	 * Adds an image to a fiche the person may edit; the upload is checked by its content
	 * and encoded anew.
	 * @return empty when added, or the message key of why it was refused
	 */
	public Optional<String> addImage(AccountPrincipal person, long id, byte[] upload, String altText, String caption) {
		Practice practice = editable(person, id);
		if (altText == null || altText.isBlank() || altText.length() > 300
				|| (caption != null && caption.length() > 300)) {
			return Optional.of("practice.image.alt-required");
		}
		if (this.images.countByPracticeId(id) >= 12) {
			return Optional.of("practice.image.too-many");
		}
		try {
			ImageUploads.Encoded encoded = this.uploads.encode(upload);
			this.history.beforeChange(practice);
			this.images.save(new PracticeImage(practice.getId(), (int) this.images.countByPracticeId(id),
					encoded.contentType(), encoded.content(), encoded.width(), encoded.height(), altText.strip(),
					(caption == null || caption.isBlank()) ? null : caption.strip(), encoded.thumbnail()));
			practice.touched();
			this.history.record(practice, RevisionAction.IMAGE_ADDED, person, null);
			this.audit.record(person.id(), "practice.image-added", "practice:" + id, null);
			return Optional.empty();
		}
		catch (ImageUploads.Refused refused) {
			return Optional.of(refused.messageKey());
		}
	}

	/** The largest PDF accepted. */
	public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

	/**
	 * Attaches a PDF to a fiche the person may edit. The file is checked by its content
	 * (a PDF starts with {@code %PDF-}); its name is kept only as the name of the
	 * download, never used as a path.
	 * @return empty when attached, or the message key of why it was refused
	 */
	public Optional<String> addAttachment(AccountPrincipal person, long id, byte[] upload, String fileName,
			String title) {
		Practice practice = editable(person, id);
		if (upload == null || upload.length < 5
				|| !new String(upload, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
			return Optional.of("practice.attachment.not-a-pdf");
		}
		if (upload.length > MAX_PDF_BYTES) {
			return Optional.of("practice.attachment.too-large");
		}
		if (this.attachments.findInfoByPracticeId(id).size() >= 10) {
			return Optional.of("practice.attachment.too-many");
		}
		this.history.beforeChange(practice);
		this.attachments.save(new PracticeAttachment(practice.getId(), this.attachments.findInfoByPracticeId(id).size(),
				safeFileName(fileName), "application/pdf", upload, (title == null || title.isBlank()) ? null
						: title.strip().substring(0, Math.min(300, title.strip().length()))));
		practice.touched();
		this.history.record(practice, RevisionAction.ATTACHMENT_ADDED, person, null);
		this.audit.record(person.id(), "practice.attachment-added", "practice:" + id, null);
		return Optional.empty();
	}

	/**
	 * The last part of an uploaded file's name, of safe characters only, ending in .pdf.
	 */
	static String safeFileName(String original) {
		String name = (original == null) ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
		name = name.replaceAll("^\\.+", "");
		if (name.length() > 150) {
			name = name.substring(0, 150);
		}
		if (name.isEmpty()) {
			name = "bijlage";
		}
		return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
	}

	/** Removes an image from a fiche the person may edit. */
	public void removeImage(AccountPrincipal person, long id, long imageId) {
		Practice practice = editable(person, id);
		PracticeImage image = this.images.findByIdAndPracticeId(imageId, practice.getId()).orElseThrow();
		this.history.beforeChange(practice);
		this.images.delete(image);
		this.images.flush();
		practice.touched();
		this.history.record(practice, RevisionAction.IMAGE_REMOVED, person, null);
		this.audit.record(person.id(), "practice.image-removed", "practice:" + id, null);
	}

	/** A document of a fiche the person may see (in any state). */
	@Transactional(readOnly = true)
	public Optional<PracticeAttachment> attachment(AccountPrincipal person, long id, long attachmentId) {
		return visibleTo(person, id).flatMap((practice) -> this.attachments.findByIdAndPracticeId(attachmentId, id))
			.map((attachment) -> {
				attachment.getContent();
				return attachment;
			});
	}

	/** An image of a fiche the person may see (in any state). */
	@Transactional(readOnly = true)
	public Optional<PracticeImage> image(AccountPrincipal person, long id, long imageId) {
		return visibleTo(person, id).flatMap((practice) -> this.images.findByIdAndPracticeId(imageId, id))
			.map((image) -> {
				image.getContent();
				return image;
			});
	}

	/** The fiches of an organisation in every state, newest first. */
	@Transactional(readOnly = true)
	public List<Practice> ofOrganisation(long organisationId) {
		return this.practices.findByLeadOrganisationId(organisationId, Sort.by(Sort.Order.desc("updatedAt")));
	}

	/** A fiche the person may see, with its collections loaded. */
	@Transactional(readOnly = true)
	public Optional<Practice> visibleTo(AccountPrincipal person, long id) {
		return this.practices.findById(id).filter((practice) -> mayView(person, practice)).map((practice) -> {
			practice.getThemes();
			practice.getMunicipalities();
			practice.getStrategies();
			practice.getLevers();
			practice.getSdgs();
			practice.getPartners();
			practice.getResults();
			practice.getLinks();
			return practice;
		});
	}

	/**
	 * Whether the person may hand the fiche in for review now (it is a draft, or sent
	 * back for changes); 403 and 404 as for editing.
	 */
	@Transactional(readOnly = true)
	public boolean maySubmit(AccountPrincipal person, long id) {
		return editable(person, id).getModerationState().maySubmit();
	}

	/** The form for editing a fiche the person may edit. */
	@Transactional(readOnly = true)
	public PracticeForm formOf(AccountPrincipal person, long id) {
		return this.mapping.formOf(editable(person, id));
	}

	private Practice editable(AccountPrincipal person, long id) {
		Practice practice = this.practices.findById(id).orElseThrow();
		if (!mayEdit(person, practice)) {
			throw new SecurityException("Not allowed to edit fiche " + id);
		}
		return practice;
	}

	private String uniqueSlug(String title) {
		String base = Slugs.slugify((title == null || title.isBlank()) ? "praktijk" : title);
		String slug = base;
		for (int i = 2; this.practices.existsBySlug(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

}
