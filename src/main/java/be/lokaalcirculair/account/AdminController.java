package be.lokaalcirculair.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff's start page, with links to what they manage. */
@Controller
class AdminController {

	@GetMapping("/beheer")
	String start() {
		return "account/admin";
	}

}
