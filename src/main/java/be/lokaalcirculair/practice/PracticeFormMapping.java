package be.lokaalcirculair.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.TextItem.Kind;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Sdg;
import be.lokaalcirculair.shared.taxonomy.Strategy;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.Terms;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * Between the fiche's form and the fiche: reads the form's text fields into values,
 * reporting every value it cannot read at its field (and changing nothing then), and
 * fills a form from a fiche.
 */
@Component
class PracticeFormMapping {

	static final int MAX_LINES = 30;

	private final Organisations organisations;

	private final MessageSource messages;

	PracticeFormMapping(Organisations organisations, MessageSource messages) {
		this.organisations = organisations;
		this.messages = messages;
	}

	/**
	 * Applies the form to the fiche when every field can be read; otherwise only reports
	 * errors.
	 */
	boolean apply(PracticeForm form, Practice practice, BindingResult errors) {
		Optional<PracticeStatus> status = PracticeStatus.fromCode(form.status());
		if (status.isEmpty()) {
			errors.rejectValue("status", "invalid", message("form.invalid"));
		}
		LocalDate start = date(form.startDate(), "startDate", errors);
		LocalDate end = date(form.endDate(), "endDate", errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("endDate", "order", message("practice.form.end-before-start"));
		}
		BigDecimal budget = budget(form.budgetEur(), errors);
		List<String> municipalities = municipalities(form.municipalities(), errors);
		List<Theme> themes = terms(form.themes(), Theme::fromCode, "themes", errors);
		List<Strategy> strategies = terms(form.strategies(), Strategy::fromCode, "strategies", errors);
		List<Lever> levers = terms(form.levers(), Lever::fromCode, "levers", errors);
		List<Integer> sdgs = sdgs(form.sdgs(), errors);
		if (themes.isEmpty() && !errors.hasFieldErrors("themes")) {
			errors.rejectValue("themes", "required", message("practice.form.theme-required"));
		}
		List<ResultIndicator> results = results(form.results(), errors);
		List<Link> links = links(form.links(), errors);
		for (String field : List.of("partners", "fundingSources", "successFactors", "obstacles", "lessons", "steps")) {
			if (lines((String) errors.getRawFieldValue(field)).size() > MAX_LINES) {
				errors.rejectValue(field, "lines", message("practice.form.too-many-lines"));
			}
		}
		if (errors.hasErrors()) {
			return false;
		}
		practice.rename(form.title().strip(), form.summary().strip());
		practice.describe(blankToNull(form.description()), "en".equals(form.language()) ? "en" : "nl");
		practice.setStatus(status.get());
		practice.classify(themes, strategies, levers, sdgs, TargetGroup.fromCode(form.targetGroup()).orElse(null));
		Optional<be.lokaalcirculair.organisation.Municipality> first = this.organisations
			.municipality(municipalities.get(0));
		practice.locate(municipalities, first.map((m) -> m.getName()).orElse(null),
				first.map((m) -> m.getLatitude()).orElse(null), first.map((m) -> m.getLongitude()).orElse(null));
		practice.plan(start, end, budget, blankToNull(form.staffEffort()));
		practice.setTexts(Kind.PARTNER, lines(form.partners()));
		practice.setTexts(Kind.FUNDING, lines(form.fundingSources()));
		practice.setTexts(Kind.SUCCESS_FACTOR, lines(form.successFactors()));
		practice.setTexts(Kind.OBSTACLE, lines(form.obstacles()));
		practice.setTexts(Kind.LESSON, lines(form.lessons()));
		practice.setTexts(Kind.STEP, lines(form.steps()));
		practice.setResults(results);
		practice.setLinks(links);
		practice.setTestimony((blankToNull(form.testimonyQuote()) != null)
				? new Testimony(form.testimonyQuote().strip(), blankToNull(form.testimonyAuthor())) : null);
		practice.setContact((blankToNull(form.contactName()) != null) ? new Contact(form.contactName().strip(),
				blankToNull(form.contactRole()), blankToNull(form.contactEmail()), blankToNull(form.contactPhone()))
				: null);
		practice.touched();
		return true;
	}

	/** The form filled with the fiche, for editing it. */
	PracticeForm formOf(Practice p) {
		return new PracticeForm(p.getTitle(), p.getSummary(), nullToEmpty(p.getDescription()), p.getLanguage(),
				p.getStatus().code(), (p.getStartDate() != null) ? p.getStartDate().toString() : "",
				(p.getEndDate() != null) ? p.getEndDate().toString() : "",
				(p.getBudgetEur() != null) ? p.getBudgetEur().stripTrailingZeros().toPlainString() : "",
				nullToEmpty(p.getStaffEffort()), (p.getTargetGroup() != null) ? p.getTargetGroup().code() : "",
				String.join(", ", p.getMunicipalities()), Terms.codes(p.getThemes()), Terms.codes(p.getStrategies()),
				Terms.codes(p.getLevers()), p.getSdgs().stream().map(String::valueOf).toList(),
				String.join("\n", p.getPartners()), String.join("\n", p.getFundingSources()),
				String.join("\n",
						p.getResults()
							.stream()
							.map((r) -> r.name() + " | " + r.amount().stripTrailingZeros().toPlainString() + " | "
									+ r.unit() + ((r.year() != null) ? " | " + r.year() : ""))
							.toList()),
				String.join("\n", p.getSuccessFactors()), String.join("\n", p.getObstacles()),
				String.join("\n", p.getLessons()), String.join("\n", p.getSteps()),
				String.join("\n", p.getLinks().stream().map((l) -> l.label() + " | " + l.url()).toList()),
				(p.getTestimony() != null) ? nullToEmpty(p.getTestimony().quote()) : "",
				(p.getTestimony() != null) ? nullToEmpty(p.getTestimony().author()) : "",
				(p.getContact() != null) ? nullToEmpty(p.getContact().name()) : "",
				(p.getContact() != null) ? nullToEmpty(p.getContact().role()) : "",
				(p.getContact() != null) ? nullToEmpty(p.getContact().email()) : "",
				(p.getContact() != null) ? nullToEmpty(p.getContact().phone()) : "");
	}

	private List<String> municipalities(String text, BindingResult errors) {
		Set<String> codes = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String part : (text == null) ? new String[0] : text.split("[,;\\n]")) {
			if (!part.isBlank()) {
				this.organisations.municipalityCode(part).ifPresentOrElse(codes::add, () -> unknown.add(part.strip()));
			}
		}
		if (!unknown.isEmpty()) {
			errors.rejectValue("municipalities", "unknown", message("practice.form.unknown-municipality") + " "
					+ String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))));
		}
		else if (codes.isEmpty() && !errors.hasFieldErrors("municipalities")) {
			errors.rejectValue("municipalities", "required", message("form.required"));
		}
		else if (codes.size() > 60) {
			errors.rejectValue("municipalities", "many", message("practice.form.too-many-lines"));
		}
		return List.copyOf(codes);
	}

	private <T extends Term> List<T> terms(List<String> codes, Function<String, Optional<T>> lookup, String field,
			BindingResult errors) {
		List<T> terms = new ArrayList<>();
		for (String code : codes) {
			lookup.apply(code).ifPresentOrElse(terms::add, () -> {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, "invalid", message("form.invalid"));
				}
			});
		}
		return terms;
	}

	private List<Integer> sdgs(List<String> values, BindingResult errors) {
		List<Integer> goals = new ArrayList<>();
		for (String value : values) {
			try {
				int goal = Integer.parseInt(value);
				if (Sdg.isValid(goal)) {
					goals.add(goal);
					continue;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			errors.rejectValue("sdgs", "invalid", message("form.invalid"));
			break;
		}
		return goals;
	}

	private LocalDate date(String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 1990 || date.getYear() > 2100) {
				errors.rejectValue(field, "range", message("practice.form.date"));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "date", message("practice.form.date"));
			return null;
		}
	}

	private BigDecimal budget(String text, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			BigDecimal budget = new BigDecimal(text.strip().replace(".", "").replace(',', '.').replace(" ", ""));
			if (budget.signum() < 0 || budget.compareTo(new BigDecimal("1000000000000")) >= 0) {
				errors.rejectValue("budgetEur", "range", message("practice.form.amount"));
				return null;
			}
			return budget;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("budgetEur", "number", message("practice.form.amount"));
			return null;
		}
	}

	private List<ResultIndicator> results(String text, BindingResult errors) {
		List<ResultIndicator> results = new ArrayList<>();
		List<String> lines = lines(text);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = Arrays.stream(lines.get(i).split("\\|")).map(String::strip).toArray(String[]::new);
			try {
				if (parts.length < 3 || parts.length > 4 || parts[0].isEmpty() || parts[2].isEmpty()
						|| parts[0].length() > 200 || parts[2].length() > 50) {
					throw new IllegalArgumentException();
				}
				BigDecimal value = new BigDecimal(parts[1].replace(',', '.'));
				Integer year = (parts.length == 4 && !parts[3].isEmpty()) ? Integer.valueOf(parts[3]) : null;
				if (year != null && (year < 1990 || year > 2100)
						|| value.abs().compareTo(new BigDecimal("1e15")) >= 0) {
					throw new IllegalArgumentException();
				}
				results.add(new ResultIndicator(parts[0], value, parts[2], year));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("results", "line", message("practice.form.result-line") + " " + (i + 1));
				return List.of();
			}
		}
		if (results.size() > MAX_LINES) {
			errors.rejectValue("results", "lines", message("practice.form.too-many-lines"));
		}
		return results;
	}

	private List<Link> links(String text, BindingResult errors) {
		List<Link> links = new ArrayList<>();
		List<String> lines = lines(text);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("\\|", 2);
			String label = parts[0].strip();
			String url = (parts.length == 2) ? parts[1].strip() : "";
			if (label.isEmpty() || label.length() > 200 || url.length() > 1000
					|| !url.matches("https?://[^\\s<>\"]+")) {
				errors.rejectValue("links", "line", message("practice.form.link-line") + " " + (i + 1));
				return List.of();
			}
			links.add(new Link(label, url));
		}
		return links;
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.map((line) -> line.length() > 2000 ? line.substring(0, 2000) : line)
			.toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String nullToEmpty(String text) {
		return (text == null) ? "" : text;
	}

	/** A message in the language of the request being handled. */
	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
