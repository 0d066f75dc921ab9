package be.lokaalcirculair.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.text.Slugs;

/**
 * Fiches that come in from a file (the import of the opendata module): checked with
 * exactly the validation of the fiche form, and written as published fiches of the
 * organisation the file names. The caller owns the transaction, so that an import of many
 * fiches is written all at once or not at all.
 */
@Service
public class PracticeImport {

	/** The longest provenance a fiche keeps. */
	public static final int PROVENANCE_MAX = 300;

	private final PracticeRepository practices;

	private final PracticeFormMapping mapping;

	private final SpringValidatorAdapter validator;

	PracticeImport(PracticeRepository practices, PracticeFormMapping mapping, Validator validator) {
		this.practices = practices;
		this.mapping = mapping;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * Checks a fiche as the form does (the form's constraints, then every field read as
	 * the form reads it), saving nothing. Messages are in the language of
	 * {@link org.springframework.context.i18n.LocaleContextHolder}.
	 * @param form the fiche as text fields
	 * @return the errors per form field; none when the fiche can be written
	 */
	public BindingResult check(PracticeForm form) {
		BindingResult errors = new DirectFieldBindingResult(form, "form");
		check(form, new Practice("x", "", "", 0, PracticeStatus.LOPEND, "import", false), errors);
		return errors;
	}

	private boolean check(PracticeForm form, Practice practice, BindingResult errors) {
		this.validator.validate(form, errors);
		return this.mapping.apply(form, practice, errors) && !errors.hasErrors();
	}

	/**
	 * Starts writing imported fiches in the caller's transaction.
	 * @return a batch that keeps the slugs of its fiches unique among themselves and the
	 * fiches already stored
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Batch batch() {
		return new Batch(new HashSet<>(this.practices.findAllSlugs()));
	}

	/**
	 * What an imported fiche has beyond its form.
	 *
	 * @param leadOrganisationId the organisation the fiche belongs to
	 * @param provenance where it came from (cut to {@value #PROVENANCE_MAX} characters)
	 * @param validatedBy in whose name it is published as validated, or {@code null} to
	 * publish it without the validation badge
	 * @param lastReviewedAt when it was last found current, or {@code null} for never
	 * @param demo whether it belongs to the demo data set
	 */
	public record Details(long leadOrganisationId, String provenance, String validatedBy, LocalDate lastReviewedAt,
			boolean demo) {
	}

	/**
	 * A fiche written, or why not.
	 *
	 * @param id the new fiche's id, or {@code null} when it had errors
	 * @param errors the errors per form field (none when written)
	 */
	public record Created(Long id, BindingResult errors) {
	}

	/** Writes imported fiches, one after the other, in the caller's transaction. */
	public final class Batch {

		private final Set<String> slugs;

		private Batch(Set<String> slugs) {
			this.slugs = slugs;
		}

		/**
		 * Checks a fiche as {@link #check(PracticeForm)} does and writes it as a
		 * published fiche when it has no errors.
		 * @param form the fiche
		 * @param details the rest
		 * @return the new fiche's id, or the errors when nothing was written
		 */
		public Created create(PracticeForm form, Details details) {
			String provenance = details.provenance().strip();
			Practice practice = new Practice(slug(form.title()), "", "", details.leadOrganisationId(),
					PracticeStatus.LOPEND, provenance.substring(0, Math.min(PROVENANCE_MAX, provenance.length())),
					details.demo());
			BindingResult errors = new DirectFieldBindingResult(form, "form");
			if (!check(form, practice, errors)) {
				this.slugs.remove(practice.getSlug());
				return new Created(null, errors);
			}
			practice.moderate(ModerationState.PUBLISHED, details.validatedBy(),
					(details.validatedBy() != null) ? Instant.now() : null, details.lastReviewedAt());
			return new Created(PracticeImport.this.practices.save(practice).getId(), errors);
		}

		private String slug(String title) {
			String base = Slugs.slugify((title == null || title.isBlank()) ? "praktijk" : title);
			String slug = base;
			for (int i = 2; !this.slugs.add(slug); i++) {
				slug = base + "-" + i;
			}
			return slug;
		}

	}

}
