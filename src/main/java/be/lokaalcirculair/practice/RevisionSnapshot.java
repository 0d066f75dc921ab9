package be.lokaalcirculair.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import be.lokaalcirculair.practice.PracticeFiles.AttachmentInfo;
import be.lokaalcirculair.practice.PracticeFiles.ImageInfo;
import be.lokaalcirculair.shared.taxonomy.Terms;

/**
 * The visible fields of a fiche at one moment, as a revision keeps them: field name to a
 * list of values (one for a single field, none when empty). Taxonomy terms are kept by
 * their codes and municipalities by NIS code, so that a snapshot reads in any language;
 * the moderation state is not part of it (the revision keeps that apart).
 */
final class RevisionSnapshot {

	/** Fields whose values are codes, shown by their labels. */
	static final Set<String> CODED = Set.of("language", "status", "targetGroup", "themes", "strategies", "levers",
			"sdgs", "municipalities");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, List<String>>> TYPE = new TypeReference<>() {
	};

	private RevisionSnapshot() {
	}

	/** The snapshot of a fiche (with its collections loaded) and its files. */
	static Map<String, List<String>> of(Practice p, List<ImageInfo> images, List<AttachmentInfo> attachments) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		one(fields, "title", p.getTitle());
		one(fields, "summary", p.getSummary());
		one(fields, "description", p.getDescription());
		one(fields, "language", p.getLanguage());
		one(fields, "status", (p.getStatus() != null) ? p.getStatus().code() : null);
		one(fields, "startDate", p.getStartDate());
		one(fields, "endDate", p.getEndDate());
		one(fields, "budgetEur",
				(p.getBudgetEur() != null) ? p.getBudgetEur().stripTrailingZeros().toPlainString() : null);
		one(fields, "staffEffort", p.getStaffEffort());
		fields.put("themes", Terms.codes(p.getThemes()));
		fields.put("strategies", Terms.codes(p.getStrategies()));
		fields.put("levers", Terms.codes(p.getLevers()));
		fields.put("sdgs", p.getSdgs().stream().map(String::valueOf).toList());
		one(fields, "targetGroup", (p.getTargetGroup() != null) ? p.getTargetGroup().code() : null);
		fields.put("municipalities", p.getMunicipalities().stream().sorted().toList());
		one(fields, "locationLabel", p.getLocationLabel());
		one(fields, "coordinates", (p.getLatitude() != null && p.getLongitude() != null)
				? p.getLatitude() + ", " + p.getLongitude() : null);
		texts(fields, p);
		testimonyAndContact(fields, p);
		fields.put("images",
				images.stream()
					.map((image) -> image.altText() + ((image.caption() != null) ? " — " + image.caption() : ""))
					.toList());
		fields.put("attachments", attachments.stream()
			.map((file) -> (file.title() != null) ? file.title() + " (" + file.fileName() + ")" : file.fileName())
			.toList());
		return fields;
	}

	private static void texts(Map<String, List<String>> fields, Practice p) {
		fields.put("partners", p.getPartners());
		fields.put("fundingSources", p.getFundingSources());
		fields.put("results",
				p.getResults()
					.stream()
					.map((r) -> r.name() + " | " + r.amount().stripTrailingZeros().toPlainString() + " | " + r.unit()
							+ ((r.year() != null) ? " | " + r.year() : ""))
					.toList());
		fields.put("successFactors", p.getSuccessFactors());
		fields.put("obstacles", p.getObstacles());
		fields.put("lessons", p.getLessons());
		fields.put("steps", p.getSteps());
		fields.put("links", p.getLinks().stream().map((l) -> l.label() + " | " + l.url()).toList());
	}

	private static void testimonyAndContact(Map<String, List<String>> fields, Practice p) {
		Testimony testimony = p.getTestimony();
		one(fields, "testimonyQuote", (testimony != null) ? testimony.quote() : null);
		one(fields, "testimonyAuthor", (testimony != null) ? testimony.author() : null);
		Contact contact = p.getContact();
		one(fields, "contactName", (contact != null) ? contact.name() : null);
		one(fields, "contactRole", (contact != null) ? contact.role() : null);
		one(fields, "contactEmail", (contact != null) ? contact.email() : null);
		one(fields, "contactPhone", (contact != null) ? contact.phone() : null);
	}

	private static void one(Map<String, List<String>> fields, String name, Object value) {
		String text = (value != null) ? value.toString() : "";
		fields.put(name, text.isBlank() ? List.of() : List.of(text));
	}

	static String toJson(Map<String, List<String>> snapshot) {
		return JSON.writeValueAsString(snapshot);
	}

	static Map<String, List<String>> fromJson(String json) {
		Map<String, List<String>> snapshot = JSON.readValue(json, TYPE);
		snapshot.replaceAll((field, values) -> (values != null) ? values : new ArrayList<>());
		return snapshot;
	}

}
