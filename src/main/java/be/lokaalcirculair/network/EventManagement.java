package be.lokaalcirculair.network;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.shared.text.Slugs;

/**
 * What editors do with events: create, edit, cancel (with a mail to everyone registered)
 * and mark attendance. The URL rule lets only editors and admins here; the methods trust
 * that.
 */
@Service
@Transactional
public class EventManagement {

	private final NetworkEventRepository events;

	private final RegistrationRepository registrations;

	private final RegistrationMails mails;

	private final Organisations organisations;

	private final PracticeCatalog practices;

	private final MessageSource messages;

	EventManagement(NetworkEventRepository events, RegistrationRepository registrations, RegistrationMails mails,
			Organisations organisations, PracticeCatalog practices, MessageSource messages) {
		this.messages = messages;
		this.events = events;
		this.registrations = registrations;
		this.mails = mails;
		this.organisations = organisations;
		this.practices = practices;
	}

	/** Every event, latest start first. */
	@Transactional(readOnly = true)
	public Page<NetworkEvent> all(int page, int size) {
		return this.events.findAll(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "startsAt", "id")));
	}

	/** The event with this id; 404 when there is none. */
	@Transactional(readOnly = true)
	public NetworkEvent event(long id) {
		return this.events.findById(id).map(EventCatalog::load).orElseThrow(EventNotFound::new);
	}

	/**
	 * A new event from a validated form.
	 * @return the event, or empty when the form has errors (added to {@code result})
	 */
	public Optional<NetworkEvent> create(EventForm form, BindingResult result) {
		if (!check(form, result)) {
			return Optional.empty();
		}
		NetworkEvent event = new NetworkEvent(freeSlug(form), false);
		event.apply(form);
		return Optional.of(this.events.save(event));
	}

	/**
	 * Changes an event.
	 * @return whether it was saved; when not, the errors are in {@code result}
	 */
	public boolean update(long id, EventForm form, BindingResult result) {
		NetworkEvent event = this.events.findById(id).orElseThrow(EventNotFound::new);
		if (!check(form, result)) {
			return false;
		}
		event.apply(form);
		return true;
	}

	/**
	 * Cancels an event and tells everyone registered, with the cancelled {@code .ics}.
	 */
	public void cancel(long id) {
		NetworkEvent event = this.events.lockById(id).orElseThrow(EventNotFound::new);
		if (event.isCancelled()) {
			return;
		}
		event.cancel();
		this.events.saveAndFlush(event);
		participants(id).forEach((registration) -> this.mails.eventCancelled(registration, event));
	}

	/**
	 * Marks whether a participant came; 404 when the registration is not of this event.
	 */
	public void mark(long eventId, long registrationId, Attendance attendance) {
		Registration registration = this.registrations.findById(registrationId)
			.filter((found) -> found.getEventId() == eventId && found.isActive())
			.orElseThrow(EventNotFound::new);
		registration.mark(attendance);
	}

	/** Everyone registered and not cancelled: confirmed first, each in order. */
	@Transactional(readOnly = true)
	public List<Registration> participants(long eventId) {
		return this.registrations.findByEventIdAndStatusInOrderByStatusAscQueuedAtAscIdAsc(eventId,
				List.of(Registration.Status.CONFIRMED, Registration.Status.WAITING));
	}

	/** Checks what Bean Validation cannot: the municipality and the fiches exist. */
	private boolean check(EventForm form, BindingResult result) {
		if (!result.hasFieldErrors("municipality") && form.municipality() != null && !form.municipality().isBlank()
				&& this.organisations.municipality(form.municipality()).isEmpty()) {
			result.rejectValue("municipality", "unknown", text("network.form.municipality.invalid"));
		}
		if (!result.hasFieldErrors("practices")) {
			List<Long> ids = form.practiceIds();
			if (this.practices.published(ids).size() != ids.size()) {
				result.rejectValue("practices", "unknown", text("network.form.practices.unknown"));
			}
		}
		return !result.hasErrors();
	}

	/** A message in the language of the current request. */
	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private String freeSlug(EventForm form) {
		String base = Slugs.slugify(form.title() + " " + form.start().toLocalDate());
		String slug = base;
		for (int n = 2; this.events.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
