package be.lokaalcirculair.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import be.lokaalcirculair.organisation.OrganisationType;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.PracticeCards;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFilter;
import be.lokaalcirculair.practice.PracticeSort;

/**
 * The front page: what the platform offers, a search box, featured and recent fiches, and
 * figures computed from the data.
 */
@Controller
class HomeController {

	static final String VIEW = "home/index";

	private final PracticeCatalog practices;

	private final PracticeCards cards;

	private final Organisations organisations;

	HomeController(PracticeCatalog practices, PracticeCards cards, Organisations organisations) {
		this.practices = practices;
		this.cards = cards;
		this.organisations = organisations;
	}

	/** The front page as last computed, with the version of the fiches it shows. */
	private volatile Cached cached;

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("view", view());
		return VIEW;
	}

	/**
	 * The same for every visitor until a fiche changes: computed again only when the
	 * content version differs.
	 */
	private HomeView view() {
		PracticeCatalog.ContentVersion version = this.practices.contentVersion();
		Cached last = this.cached;
		if (last != null && last.version().equals(version)) {
			return last.view();
		}
		HomeView view = compute();
		this.cached = new Cached(version, view);
		return view;
	}

	private HomeView compute() {
		PracticeCatalog.Statistics statistics = this.practices.statistics();
		return new HomeView(this.cards.of(this.practices.featured(3)),
				this.cards.of(this.practices.published(PracticeFilter.none(), 0, 6, PracticeSort.NEWEST).getContent()),
				statistics.publishedPractices(), statistics.municipalitiesWithPractices(),
				this.organisations.count(OrganisationType.INTERGEMEENTELIJK_SAMENWERKINGSVERBAND));
	}

	private record Cached(PracticeCatalog.ContentVersion version, HomeView view) {
	}

}
