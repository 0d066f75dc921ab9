package be.lokaalcirculair.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

import be.lokaalcirculair.account.ApiTokenPrincipal;
import be.lokaalcirculair.account.AuditLog;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeForm;
import be.lokaalcirculair.practice.PracticeImport;
import be.lokaalcirculair.practice.PracticeManagement;

/**
 * The write API's work: a fiche in the API's shape read by the import's own reading
 * ({@link JsonSource#cells}, {@link FicheReader}) and checked by the fiche form's own
 * validation, then created as the import creates (published, provenance "api: token
 * name") or changed as the fiche form changes (revision, audit).
 */
@Service
@Transactional
class PracticeWrites {

	/** The provenance of a fiche made through the write API, before the token's name. */
	static final String PROVENANCE = "api: ";

	private final Organisations organisations;

	private final PracticeImport imports;

	private final PracticeManagement management;

	private final ImportMessages messages;

	private final AuditLog audit;

	private final JsonMapper json;

	PracticeWrites(Organisations organisations, PracticeImport imports, PracticeManagement management,
			ImportMessages messages, AuditLog audit, JsonMapper json) {
		this.organisations = organisations;
		this.imports = imports;
		this.management = management;
		this.messages = messages;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * What became of a write: the fiche's id, or the problems per field (nothing
	 * written).
	 */
	record Outcome(Long id, List<ImportIssue> issues) {

		boolean written() {
			return this.id != null;
		}

	}

	/** A fiche as the API shows it, with the entity tag of that representation. */
	record Representation(PracticeJson fiche, String etag) {
	}

	/**
	 * Creates a published fiche from the body; {@code validated: true} adds the badge.
	 */
	Outcome create(ApiTokenPrincipal caller, JsonNode body) {
		List<ImportIssue> issues = new ArrayList<>();
		Map<String, String> cells = JsonSource.cells(1, body, this.messages, true, issues);
		FicheReader reader = new FicheReader(this.organisations, this.imports, this.messages);
		FicheReader.Fiche fiche = reader.read(1, cells, issues, true);
		if (!issues.isEmpty()) {
			return new Outcome(null, issues);
		}
		boolean validated = "true".equalsIgnoreCase(cells.get(FicheColumns.VALIDATED));
		PracticeImport.Created created = this.imports.batch()
			.create(fiche.form(), new PracticeImport.Details(fiche.leadOrganisationId(),
					PROVENANCE + caller.tokenName(), validated ? caller.displayName() : null, null, false));
		if (created.errors().hasErrors()) {
			reader.report(created.errors(), 1, cells, issues);
			return new Outcome(null, issues);
		}
		this.audit.record(caller.id(), "practice.created-by-api", "practice:" + created.id(), null);
		return new Outcome(created.id(), issues);
	}

	/**
	 * Changes a fiche from the body, when {@code etag} is still its representation's tag.
	 * The lead organisation, state, validation, provenance and demo flag stay as they
	 * are; the contact person and the testimony's author (not in the API's shape) too.
	 * @return empty when the fiche changed since the client read it (412)
	 * @throws java.util.NoSuchElementException when there is no such fiche
	 * @throws SecurityException when the caller may not change it
	 */
	Optional<Outcome> update(ApiTokenPrincipal caller, long id, JsonNode body, List<String> etags) {
		Representation current = current(caller, id).orElseThrow();
		if (!etags.contains(current.etag())) {
			return Optional.empty();
		}
		List<ImportIssue> issues = new ArrayList<>();
		Map<String, String> cells = JsonSource.cells(1, body, this.messages, true, issues);
		FicheReader.Fiche fiche = new FicheReader(this.organisations, this.imports, this.messages).read(1, cells,
				issues, true);
		issues.removeIf(
				(issue) -> FicheColumns.LEAD.equals(issue.field()) || FicheColumns.LEAD_NAME.equals(issue.field()));
		if (!issues.isEmpty()) {
			return Optional.of(new Outcome(null, issues));
		}
		PracticeForm form = keepPrivateFields(fiche.form(), this.management.formOf(caller, id));
		BindingResult errors = new DirectFieldBindingResult(form, "form");
		if (!this.management.update(caller, id, form, errors, false)) {
			new FicheReader(this.organisations, this.imports, this.messages).report(errors, 1, cells, issues);
			return Optional.of(new Outcome(null, issues));
		}
		return Optional.of(new Outcome(id, issues));
	}

	/**
	 * The fiche as the API shows it (in any state: the caller is an editor), or empty
	 * when the caller may not see it or it does not exist.
	 */
	@Transactional(readOnly = true)
	Optional<Representation> current(ApiTokenPrincipal caller, long id) {
		return this.management.visibleTo(caller, id).map(this::represent);
	}

	private Representation represent(Practice practice) {
		PracticeJson fiche = PracticeJson.of(practice,
				this.organisations.organisation(practice.getLeadOrganisationId()).orElse(null),
				this.organisations.municipalities(practice.getMunicipalities()), PracticeApiController.baseUrl());
		// the same bytes as GET writes, so that the tag is the one GET gives
		return new Representation(fiche, Exports.tag(this.json.writeValueAsString(fiche)));
	}

	/** The body's form with the fields the API does not show taken from the fiche. */
	private static PracticeForm keepPrivateFields(PracticeForm api, PracticeForm stored) {
		return new PracticeForm(api.title(), api.summary(), api.description(), api.language(), api.status(),
				api.startDate(), api.endDate(), api.budgetEur(), api.staffEffort(), api.targetGroup(),
				api.municipalities(), api.themes(), api.strategies(), api.levers(), api.sdgs(), api.partners(),
				api.fundingSources(), api.results(), api.successFactors(), api.obstacles(), api.lessons(), api.steps(),
				api.links(), api.testimonyQuote(), stored.testimonyAuthor(), stored.contactName(), stored.contactRole(),
				stored.contactEmail(), stored.contactPhone());
	}

}
