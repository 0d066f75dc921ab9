package be.lokaalcirculair.shared.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.QueryLinks;

/** The outbox page for admins: every mail the platform sent or is about to send. */
@Controller
class OutboxController {

	static final String VIEW = "shared/outbox";

	private final MailOutbox outbox;

	OutboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/beheer/mail")
	String outbox(@RequestParam(name = QueryLinks.PAGE, required = false) String page,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		int number = Parameters.pageNumber(page);
		if (number > 100_000) {
			throw Parameters.badRequest();
		}
		var mails = this.outbox.latest(number - 1, 20);
		model.addAttribute("mails", mails.getContent());
		model.addAttribute("pager", Pager.of(mails, QueryLinks.of(request)));
		return VIEW;
	}

}
