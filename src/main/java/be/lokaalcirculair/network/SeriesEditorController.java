package be.lokaalcirculair.network;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.Ui;

/**
 * The editors' tools for masterclass series (under {@code /beheer}, editors and admins
 * only): the list, the form to create or edit one, linking events as sessions, and the
 * attendance matrix with each follower's certificate.
 */
@Controller
class SeriesEditorController {

	static final String LIST = "network/series-admin-list", FORM = "network/series-form",
			ATTENDANCE = "network/series-attendance";

	static final String BASE = "/beheer/reeksen";

	private final SeriesManagement management;

	private final SeriesEditing editing;

	private final SeriesAttendance attendance;

	private final SeriesCertificate certificate;

	SeriesEditorController(SeriesManagement management, SeriesEditing editing, SeriesAttendance attendance,
			SeriesCertificate certificate) {
		this.management = management;
		this.editing = editing;
		this.attendance = attendance;
		this.certificate = certificate;
	}

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("series", this.management.all());
		return LIST;
	}

	@GetMapping(BASE + "/nieuw")
	String newForm(Model model) {
		return form(model, SeriesForm.empty(), FormErrors.none(), null);
	}

	@PostMapping(BASE)
	String create(@Valid @ModelAttribute("form") SeriesForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(result, SeriesForm.FIELDS), null);
		}
		MasterclassSeries created = this.editing.create(form);
		Flash.message(redirect, "network.series.created");
		return "redirect:" + BASE + "/" + created.getId() + "/bewerken";
	}

	@GetMapping(BASE + "/{id}/bewerken")
	String editForm(@PathVariable long id, Model model) {
		return form(model, SeriesForm.of(this.management.series(id)), FormErrors.none(), id);
	}

	@PostMapping(BASE + "/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SeriesForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.management.series(id);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(result, SeriesForm.FIELDS), id);
		}
		this.editing.update(id, form);
		Flash.message(redirect, "network.series.saved");
		return "redirect:" + BASE + "/" + id + "/bewerken";
	}

	@PostMapping(BASE + "/{id}/sessies")
	String link(@PathVariable long id, @RequestParam(name = "activiteit", required = false) String eventId,
			RedirectAttributes redirect) {
		this.management.series(id);
		boolean linked = this.editing.link(id, id(eventId));
		Flash.message(redirect, linked ? "network.series.linked" : "network.series.link.taken");
		return "redirect:" + BASE + "/" + id + "/bewerken#sessies";
	}

	@PostMapping(BASE + "/{id}/sessies/{eventId}/ontkoppelen")
	String unlink(@PathVariable long id, @PathVariable long eventId, RedirectAttributes redirect) {
		this.editing.unlink(id, eventId);
		Flash.message(redirect, "network.series.unlinked");
		return "redirect:" + BASE + "/" + id + "/bewerken#sessies";
	}

	@GetMapping(BASE + "/{id}/aanwezigheid")
	String attendance(@PathVariable long id, Model model) {
		model.addAttribute("matrix", this.attendance.matrix(this.management.series(id)));
		return ATTENDANCE;
	}

	@GetMapping(BASE + "/{id}/aanwezigheid/{accountId}/attest.pdf")
	ModelAndView certificate(@PathVariable long id, @PathVariable long accountId, Model model,
			HttpServletResponse response) throws IOException {
		MasterclassSeries series = this.management.series(id);
		SeriesAttendance.Row row = this.attendance.of(series, accountId).orElseThrow(EventNotFound::new);
		return this.certificate.respond((Ui) model.getAttribute("ui"), series, row, response);
	}

	private String form(Model model, SeriesForm form, FormErrors errors, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("seriesId", id);
		model.addAttribute("sessions", (id != null) ? this.management.sessions(this.management.series(id))
				: java.util.List.<NetworkEvent>of());
		model.addAttribute("linkable", (id != null) ? this.editing.linkable() : java.util.List.<NetworkEvent>of());
		return FORM;
	}

	private static long id(String value) {
		try {
			return Long.parseLong((value != null) ? value.strip() : "");
		}
		catch (NumberFormatException ex) {
			throw Parameters.badRequest();
		}
	}

}
