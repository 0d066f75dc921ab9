package be.lokaalcirculair.practice;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fiche as its form sends it. Lists of short texts are one per line; results are
 * lines of "name | value | unit | year" and links lines of "label | https://…". Binds
 * only these fields: a request that also sends a moderation state or an organisation sets
 * nothing.
 */
public record PracticeForm(
		@NotBlank(message = "{form.required}") @Size(max = Practice.TITLE_MAX,
				message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = Practice.SUMMARY_MAX,
				message = "{form.too-long}") String summary,
		@Size(max = 50_000, message = "{form.too-long}") String description, String language,
		@NotBlank(message = "{form.required}") String status, String startDate, String endDate, String budgetEur,
		@Size(max = 200, message = "{form.too-long}") String staffEffort, String targetGroup,
		@NotBlank(message = "{form.required}") @Size(max = 2000, message = "{form.too-long}") String municipalities,
		List<String> themes, List<String> strategies, List<String> levers, List<String> sdgs,
		@Size(max = TEXT_MAX, message = "{form.too-long}") String partners,
		@Size(max = TEXT_MAX, message = "{form.too-long}") String fundingSources,
		@Size(max = TEXT_MAX, message = "{form.too-long}") String results,
		@Size(max = TEXT_MAX, message = "{form.too-long}") String successFactors,
		@Size(max = TEXT_MAX, message = "{form.too-long}") String obstacles,
		@Size(max = TEXT_MAX, message = "{form.too-long}") String lessons,
		@Size(max = TEXT_MAX, message = "{form.too-long}") String steps,
		@Size(max = TEXT_MAX, message = "{form.too-long}") String links,
		@Size(max = 1000, message = "{form.too-long}") String testimonyQuote,
		@Size(max = 200, message = "{form.too-long}") String testimonyAuthor,
		@Size(max = 200, message = "{form.too-long}") String contactName,
		@Size(max = 200, message = "{form.too-long}") String contactRole,
		@Size(max = 254, message = "{form.too-long}") @jakarta.validation.constraints.Email(
				message = "{form.email}") String contactEmail,
		@Size(max = 50, message = "{form.too-long}") String contactPhone) {

	/** The longest text of a list field. */
	public static final int TEXT_MAX = 5000;

	public PracticeForm {
		themes = (themes != null) ? themes : List.of();
		strategies = (strategies != null) ? strategies : List.of();
		levers = (levers != null) ? levers : List.of();
		sdgs = (sdgs != null) ? sdgs : List.of();
	}

	/** An empty form, with the defaults of a new fiche. */
	public static PracticeForm empty(String municipality) {
		return new PracticeForm("", "", "", "nl", "lopend", "", "", "", "", "starter", municipality, List.of(),
				List.of(), List.of(), List.of(), "", "", "", "", "", "", "", "", "", "", "", "", "", "");
	}

}
