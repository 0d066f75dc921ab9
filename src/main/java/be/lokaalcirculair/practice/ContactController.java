package be.lokaalcirculair.practice;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.text.Slugs;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;
import be.lokaalcirculair.shared.web.Languages;
import be.lokaalcirculair.shared.web.RateLimit;

/**
 * "Contact the owner": anyone can write to the contact person of a published fiche
 * without ever seeing their address; the message goes by mail. A honeypot and a limit per
 * address keep abuse out.
 */
@Controller
class ContactController {

	static final String VIEW = "practice/contact";

	static final int PER_HOUR = 5;

	private final PracticeCatalog catalog;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final RateLimit sent = new RateLimit(Duration.ofHours(1));

	ContactController(PracticeCatalog catalog, MailOutbox mail, MessageSource messages,
			TransactionTemplate transactions) {
		this.catalog = catalog;
		this.mail = mail;
		this.messages = messages;
		this.transactions = transactions;
	}

	@GetMapping("/praktijken/{slug}/contact")
	String form(@PathVariable String slug, Model model) {
		model.addAttribute("practice", contactable(slug));
		model.addAttribute("form", ContactForm.empty());
		model.addAttribute("errors", FormErrors.none());
		return VIEW;
	}

	@PostMapping("/praktijken/{slug}/contact")
	String send(@PathVariable String slug, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Practice practice = contactable(slug);
		if (form.website() != null && !form.website().isBlank()) {
			Flash.message(redirect, "practice.contact.sent");
			return "redirect:" + PracticeController.url(practice);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("practice", practice);
			model.addAttribute("errors", FormErrors.of(result, Map.of()));
			return VIEW;
		}
		String address = request.getRemoteAddr();
		if (this.sent.count(address) >= PER_HOUR) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		this.sent.record(address);
		var locale = Languages.supported(RequestContextUtils.getLocale(request));
		this.transactions.executeWithoutResult((status) -> this.mail.queue(practice.getContact().email(),
				this.messages.getMessage("practice.contact.mail.subject", new Object[] { practice.getTitle() }, locale),
				this.messages
					.getMessage(
							"practice.contact.mail.body", new Object[] { practice.getContact().name(),
									form.name().strip(), form.email(), practice.getTitle(), form.message().strip() },
							locale)));
		Flash.message(redirect, "practice.contact.sent");
		return "redirect:" + PracticeController.url(practice);
	}

	/** A published fiche that has a contact address. */
	private Practice contactable(String slug) {
		if (!Slugs.isWellFormed(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.catalog.published(slug)
			.filter((practice) -> practice.getContact() != null && practice.getContact().email() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
