package be.lokaalcirculair.practice;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * Members write the fiches of their organisation here: a list of them in every state, a
 * form to write one (save as draft, or submit for review) and a preview of a fiche that
 * is not public.
 */
@Controller
class PracticeEditController {

	static final String MINE = "practice/mine", FORM = "practice/form";

	private final PracticeManagement management;

	private final FichePage fichePage;

	private final Organisations organisations;

	private final org.springframework.context.MessageSource messages;

	PracticeEditController(PracticeManagement management, FichePage fichePage, Organisations organisations,
			org.springframework.context.MessageSource messages) {
		this.management = management;
		this.fichePage = fichePage;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/mijn-praktijken")
	String mine(@AuthenticationPrincipal AccountPrincipal person, Model model) {
		model.addAttribute("practices", (person.organisationId() != null)
				? this.management.ofOrganisation(person.organisationId()) : java.util.List.of());
		model.addAttribute("member", person.organisationId() != null);
		return MINE;
	}

	@GetMapping("/mijn-praktijken/nieuw")
	String newForm(@AuthenticationPrincipal AccountPrincipal person, Model model) {
		requireMember(person);
		String municipality = this.organisations.organisation(person.organisationId())
			.map((organisation) -> organisation.getMunicipalityNis())
			.orElse(null);
		return form(model, PracticeForm.empty((municipality != null) ? municipality : ""), FormErrors.none(), null);
	}

	@PostMapping("/mijn-praktijken")
	String create(@AuthenticationPrincipal AccountPrincipal person, @Valid @ModelAttribute("form") PracticeForm form,
			BindingResult result, @RequestParam(name = "actie", defaultValue = "bewaren") String action, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireMember(person);
		if ("voorbeeld".equals(action)) {
			return preview(model, form, null);
		}
		var created = this.management.create(person, form, result, "indienen".equals(action));
		if (created.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(result, Map.of()), null);
		}
		Flash.message(redirect, "indienen".equals(action) ? "practice.form.submitted" : "practice.form.saved");
		return "redirect:/mijn-praktijken/" + created.get().getId();
	}

	@GetMapping("/mijn-praktijken/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id, Model model) {
		return this.fichePage.show(person, id, model, FormErrors.none(), null);
	}

	@GetMapping("/mijn-praktijken/{id}/bewerken")
	String editForm(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id, Model model) {
		model.addAttribute("submittable", this.management.maySubmit(person, id));
		return form(model, this.management.formOf(person, id), FormErrors.none(), id);
	}

	@PostMapping("/mijn-praktijken/{id}")
	String update(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id,
			@Valid @ModelAttribute("form") PracticeForm form, BindingResult result,
			@RequestParam(name = "actie", defaultValue = "bewaren") String action, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("submittable", this.management.maySubmit(person, id));
		if ("voorbeeld".equals(action)) {
			return preview(model, form, id);
		}
		boolean saved;
		try {
			saved = this.management.update(person, id, form, result, "indienen".equals(action));
		}
		catch (ModerationConflict conflict) {
			// the fiche was handed in or decided on meanwhile: keep what was typed, save
			// nothing
			response.setStatus(HttpStatus.CONFLICT.value());
			java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
			String why = this.messages.getMessage("practice.conflict.submit",
					new Object[] { this.messages.getMessage(conflict.state().messageKey(), null, locale) }, locale);
			return form(model, form, new FormErrors(Map.of(), java.util.List.of(why)), id);
		}
		if (!saved) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(result, Map.of()), id);
		}
		Flash.message(redirect, "indienen".equals(action) ? "practice.form.submitted" : "practice.form.saved");
		return "redirect:/mijn-praktijken/" + id;
	}

	@PostMapping("/mijn-praktijken/{id}/afbeeldingen")
	String addImage(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id,
			@RequestParam("bestand") org.springframework.web.multipart.MultipartFile file,
			@RequestParam(name = "alt", required = false) String altText,
			@RequestParam(name = "bijschrift", required = false) String caption, RedirectAttributes redirect)
			throws java.io.IOException {
		Optional<String> refused;
		refused = this.management.addImage(person, id, file.getBytes(), altText, caption);
		Flash.message(redirect, refused.orElse("practice.image.added"));
		return "redirect:/mijn-praktijken/" + id;
	}

	@PostMapping("/mijn-praktijken/{id}/bijlagen")
	String addAttachment(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id,
			@RequestParam("bestand") org.springframework.web.multipart.MultipartFile file,
			@RequestParam(name = "titel", required = false) String title, RedirectAttributes redirect)
			throws java.io.IOException {
		Optional<String> refused;
		refused = this.management.addAttachment(person, id, file.getBytes(), file.getOriginalFilename(), title);
		Flash.message(redirect, refused.orElse("practice.attachment.added"));
		return "redirect:/mijn-praktijken/" + id;
	}

	@PostMapping("/mijn-praktijken/{id}/afbeeldingen/{imageId}/verwijderen")
	String removeImage(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id,
			@PathVariable long imageId, RedirectAttributes redirect) {
		this.management.removeImage(person, id, imageId);
		Flash.message(redirect, "practice.image.removed");
		return "redirect:/mijn-praktijken/" + id;
	}

	@GetMapping("/mijn-praktijken/{id}/bijlagen/{attachmentId}")
	org.springframework.http.ResponseEntity<byte[]> attachment(@AuthenticationPrincipal AccountPrincipal person,
			@PathVariable long id, @PathVariable long attachmentId) {
		PracticeAttachment attachment = this.management.attachment(person, id, attachmentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(attachment.getContent());
	}

	@GetMapping("/mijn-praktijken/{id}/afbeeldingen/{imageId}")
	org.springframework.http.ResponseEntity<byte[]> image(@AuthenticationPrincipal AccountPrincipal person,
			@PathVariable long id, @PathVariable long imageId) {
		PracticeImage image = this.management.image(person, id, imageId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(image.getContentType()))
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(image.getContent());
	}

	/** The form again, with the description as it will look: nothing is saved. */
	private String preview(Model model, PracticeForm form, Long id) {
		model.addAttribute("previewHtml", be.lokaalcirculair.shared.text.RichText.toHtml(form.description()));
		return form(model, form, FormErrors.none(), id);
	}

	private String form(Model model, PracticeForm form, FormErrors errors, Long id) {
		if (!model.containsAttribute("previewHtml")) {
			model.addAttribute("previewHtml", null);
		}
		if (!model.containsAttribute("submittable")) {
			model.addAttribute("submittable", true);
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("practiceId", id);
		return FORM;
	}

	private static void requireMember(AccountPrincipal person) {
		if (person.organisationId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** A fiche (or image) that does not exist: 404. */
	@org.springframework.web.bind.annotation.ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** A fiche the person may not touch: 403. */
	@org.springframework.web.bind.annotation.ExceptionHandler(SecurityException.class)
	void forbidden(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
