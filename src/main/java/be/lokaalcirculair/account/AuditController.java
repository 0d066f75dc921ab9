package be.lokaalcirculair.account;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.QueryLinks;

/** The audit log for admins: who did what, and when, newest first. */
@Controller
class AuditController {

	static final String VIEW = "account/audit";

	static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final AccountRepository accounts;

	AuditController(AuditEntryRepository entries, AccountRepository accounts) {
		this.entries = entries;
		this.accounts = accounts;
	}

	@GetMapping("/beheer/audit")
	String log(@RequestParam(name = QueryLinks.PAGE, required = false) String page, HttpServletRequest request,
			Model model) {
		int number = Parameters.pageNumber(page);
		if (number > 100_000) {
			throw Parameters.badRequest();
		}
		Page<AuditEntry> result = this.entries.findAllByOrderByIdDesc(PageRequest.of(number - 1, PAGE_SIZE));
		Map<Long, String> names = new HashMap<>();
		this.accounts
			.findAllById(result.stream().map(AuditEntry::getActorId).filter((id) -> id != null).distinct().toList())
			.forEach((account) -> names.put(account.getId(), account.getDisplayName()));
		model.addAttribute("entries", result.getContent());
		model.addAttribute("names", names);
		model.addAttribute("pager", Pager.of(result, QueryLinks.of(request)));
		return VIEW;
	}

}
