package be.lokaalcirculair.network;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;
import be.lokaalcirculair.shared.web.Parameters;

/**
 * The editors' tools for events (under {@code /beheer}, editors and admins only): the
 * list, the form to create, edit or copy one, cancelling, the participant list with
 * attendance, and its CSV export.
 */
@Controller
class EventEditorController {

	static final String LIST = "network/admin-list", FORM = "network/form", PARTICIPANTS = "network/participants";

	static final String BASE = "/beheer/activiteiten";

	private final EventManagement management;

	private final RegistrationManagement registrations;

	EventEditorController(EventManagement management, RegistrationManagement registrations) {
		this.management = management;
		this.registrations = registrations;
	}

	@GetMapping(BASE)
	String list(@RequestParam(name = "pagina", required = false) String page, Model model) {
		model.addAttribute("events", this.management.all(Parameters.pageNumber(page) - 1, 50).getContent());
		return LIST;
	}

	@GetMapping(BASE + "/nieuw")
	String newForm(Model model) {
		return form(model, EventForm.empty(), FormErrors.none(), null);
	}

	@GetMapping(BASE + "/{id}/kopie")
	String copyForm(@PathVariable long id, Model model) {
		return form(model, EventForm.of(this.management.event(id)), FormErrors.none(), null);
	}

	@PostMapping(BASE)
	String create(@Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var created = result.hasErrors() ? java.util.Optional.<NetworkEvent>empty()
				: this.management.create(form, result);
		if (created.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(result, EventForm.FIELDS), null);
		}
		Flash.message(redirect, "network.form.created");
		return "redirect:" + AgendaController.url(created.get());
	}

	@GetMapping(BASE + "/{id}/bewerken")
	String editForm(@PathVariable long id, Model model) {
		return form(model, EventForm.of(this.management.event(id)), FormErrors.none(), id);
	}

	@PostMapping(BASE + "/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		NetworkEvent event = this.management.event(id);
		if (result.hasErrors() || !this.management.update(id, form, result)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(result, EventForm.FIELDS), id);
		}
		Flash.message(redirect, "network.form.saved");
		return "redirect:" + AgendaController.url(event);
	}

	@PostMapping(BASE + "/{id}/annuleren")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		this.management.cancel(id);
		Flash.message(redirect, "network.admin.cancelled");
		return "redirect:" + BASE + "/" + id + "/deelnemers";
	}

	@GetMapping(BASE + "/{id}/deelnemers")
	String participants(@PathVariable long id, Model model) {
		NetworkEvent event = this.management.event(id);
		model.addAttribute("event", event);
		model.addAttribute("participants", this.management.participants(id));
		model.addAttribute("confirmed", this.registrations.confirmed(id));
		return PARTICIPANTS;
	}

	@PostMapping(BASE + "/{id}/deelnemers/{registrationId}")
	String mark(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(name = "aanwezig", required = false) String present, RedirectAttributes redirect) {
		if (!"ja".equals(present) && !"nee".equals(present)) {
			throw Parameters.badRequest();
		}
		this.management.mark(id, registrationId, "ja".equals(present) ? Attendance.PRESENT : Attendance.ABSENT);
		Flash.message(redirect, "network.attendance.saved");
		return "redirect:" + BASE + "/" + id + "/deelnemers#r" + registrationId;
	}

	@GetMapping(BASE + "/{id}/deelnemers.csv")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		NetworkEvent event = this.management.event(id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(event.getSlug() + "-deelnemers.csv").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(ParticipantCsv.of(this.management.participants(id)).getBytes(StandardCharsets.UTF_8));
	}

	private String form(Model model, EventForm form, FormErrors errors, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("eventId", id);
		return FORM;
	}

}
