package be.lokaalcirculair.opendata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page that explains the open data: downloads, file formats and columns, in the
 * user's language.
 */
@Controller
class OpenDataController {

	static final String EXAMPLE = ExportController.PRACTICES_CSV + "?theme=textiel&province=10000";

	private final ApiSettings settings;

	OpenDataController(ApiSettings settings) {
		this.settings = settings;
	}

	@GetMapping(OpenDataPage.PATH)
	String page(Model model) {
		ApiSettings.RateLimit limits = this.settings.rateLimit();
		model.addAttribute("view",
				new OpenDataPage(OpenDataPage.of(PracticeRow.COLUMNS, PracticeRow.TABLE),
						OpenDataPage.of(OrganisationRow.COLUMNS, OrganisationRow.TABLE),
						OpenDataPage.of(EventRow.COLUMNS, EventRow.TABLE), limits.burst(), limits.requestsPerMinute(),
						limits.exportCost(), EXAMPLE));
		return OpenDataPage.VIEW;
	}

}
