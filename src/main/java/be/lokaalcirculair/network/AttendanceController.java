package be.lokaalcirculair.network;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.network.Registration.Status;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.Parameters;

/**
 * At the door (editors and admins only, by the URL rule on {@code /beheer}): a printable
 * list to sign, and a check-in page for a phone that marks who came, through the same
 * {@link EventManagement#mark} as the participant list.
 */
@Controller
class AttendanceController {

	static final String PRINT = "network/print", CHECK_IN = "network/check-in";

	private final EventManagement management;

	private final Organisations organisations;

	AttendanceController(EventManagement management, Organisations organisations) {
		this.management = management;
		this.organisations = organisations;
	}

	@GetMapping(EventEditorController.BASE + "/{id}/deelnemers/afdruk")
	String print(@PathVariable long id, Model model) {
		model.addAttribute("event", this.management.event(id));
		model.addAttribute("participants", Attendee.of(confirmed(id), this.organisations));
		return PRINT;
	}

	@GetMapping(EventEditorController.BASE + "/{id}/inchecken")
	String checkIn(@PathVariable long id, @RequestParam(name = "naam", required = false) String name, Model model) {
		List<Registration> all = confirmed(id);
		String filter = (name != null) ? name.strip() : "";
		if (filter.length() > 120) {
			throw Parameters.badRequest();
		}
		model.addAttribute("event", this.management.event(id));
		model.addAttribute("participants", all.stream().filter((r) -> matches(r, filter)).toList());
		model.addAttribute("present", all.stream().filter((r) -> r.getAttendance() == Attendance.PRESENT).count());
		model.addAttribute("total", (long) all.size());
		model.addAttribute("filter", filter);
		return CHECK_IN;
	}

	@PostMapping(EventEditorController.BASE + "/{id}/inchecken/{registrationId}")
	String mark(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(name = "aanwezig", required = false) String present,
			@RequestParam(name = "naam", required = false) String name, RedirectAttributes redirect) {
		if (!"ja".equals(present) && !"nee".equals(present)) {
			throw Parameters.badRequest();
		}
		this.management.mark(id, registrationId, "ja".equals(present) ? Attendance.PRESENT : Attendance.ABSENT);
		Flash.message(redirect, "network.attendance.saved");
		UriComponentsBuilder back = UriComponentsBuilder.fromPath(EventEditorController.BASE + "/" + id + "/inchecken");
		if (name != null && !name.isBlank() && name.length() <= 120) {
			back.queryParam("naam", name.strip());
		}
		return "redirect:" + back.fragment("r" + registrationId).encode().build().toUriString();
	}

	/** Those with a seat, who can come: in the order they registered. */
	private List<Registration> confirmed(long id) {
		return this.management.participants(id).stream().filter((r) -> r.getStatus() == Status.CONFIRMED).toList();
	}

	private static boolean matches(Registration registration, String filter) {
		return filter.isEmpty()
				|| registration.getDisplayName().toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
	}

}
