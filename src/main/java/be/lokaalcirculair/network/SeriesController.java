package be.lokaalcirculair.network;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.network.SeriesManagement.FollowResult;
import be.lokaalcirculair.network.SeriesManagement.Follower;
import be.lokaalcirculair.shared.text.RichText;
import be.lokaalcirculair.shared.text.Slugs;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.Ui;

/**
 * The masterclass series: the list, a series' page, following and unfollowing (members),
 * and the follower's own participation certificate.
 */
@Controller
class SeriesController {

	static final String LIST = "network/series-list", DETAIL = "network/series-detail";

	static final String BASE = "/activiteiten/reeksen";

	private final SeriesManagement management;

	private final SeriesAttendance attendance;

	private final SeriesCertificate certificate;

	SeriesController(SeriesManagement management, SeriesAttendance attendance, SeriesCertificate certificate) {
		this.management = management;
		this.attendance = attendance;
		this.certificate = certificate;
	}

	/** The address of a series' page. */
	static String url(MasterclassSeries series) {
		return BASE + "/" + series.getSlug();
	}

	@GetMapping(BASE)
	String list(Model model) {
		List<SeriesPage.Card> cards = this.management.all()
			.stream()
			.map((series) -> new SeriesPage.Card(series, series.getSessionIds().size(),
					this.management.followerCount(series.getId())))
			.toList();
		model.addAttribute("cards", cards);
		return LIST;
	}

	@GetMapping(BASE + "/{slug}")
	String series(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person, Model model) {
		MasterclassSeries series = series(slug);
		model.addAttribute("view",
				new SeriesPage.Detail(series, RichText.toHtml(series.getDescription()),
						this.management.sessions(series), this.management.followerCount(series.getId()), person != null,
						(person != null) ? this.attendance.of(series, person.id()).orElse(null) : null));
		return DETAIL;
	}

	@PostMapping(BASE + "/{slug}/volgen")
	String follow(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person,
			RedirectAttributes redirect) {
		MasterclassSeries series = series(slug);
		FollowResult result = this.management.follow(series.getId(),
				new Follower(person.id(), person.getUsername(), person.displayName(), person.organisationId()));
		Flash.message(redirect, (result.waiting() > 0) ? "network.series.followed.waiting" : "network.series.followed");
		return "redirect:" + url(series);
	}

	@PostMapping(BASE + "/{slug}/ontvolgen")
	String unfollow(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person,
			RedirectAttributes redirect) {
		MasterclassSeries series = series(slug);
		this.management.unfollow(series.getId(), person.id());
		Flash.message(redirect, "network.series.unfollowed");
		return "redirect:" + url(series);
	}

	@GetMapping(BASE + "/{slug}/attest.pdf")
	ModelAndView certificate(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person, Model model,
			HttpServletResponse response) throws IOException {
		MasterclassSeries series = series(slug);
		return this.certificate.respond((Ui) model.getAttribute("ui"), series,
				this.attendance.of(series, person.id()).orElse(null), response);
	}

	private MasterclassSeries series(String slug) {
		if (!Slugs.isWellFormed(slug)) {
			throw new EventNotFound();
		}
		return this.management.bySlug(slug).orElseThrow(EventNotFound::new);
	}

}
