package be.lokaalcirculair.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of who did what and when. Entries are written in the transaction of the
 * action, so that there is an entry exactly when the action happened.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	AuditLog(AuditEntryRepository entries) {
		this.entries = entries;
	}

	/**
	 * Records an action.
	 * @param actorId the account that acted, or {@code null} for the system or a visitor
	 * @param action what was done, e.g. {@code account.registered}
	 * @param subject what it was done to, e.g. {@code account:12}
	 * @param detail more, without personal data, or {@code null}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Long actorId, String action, String subject, String detail) {
		this.entries.save(new AuditEntry(actorId, action, subject, detail));
	}

}
