package be.lokaalcirculair.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import be.lokaalcirculair.network.Registration.Attendance;

/**
 * Who of a series' followers came to which session, from the attendance editors mark on
 * each event's registrations, and who therefore qualifies for a certificate.
 */
@Component
public class SeriesAttendance {

	private final SeriesManagement management;

	private final SeriesRepository series;

	SeriesAttendance(SeriesManagement management, SeriesRepository series) {
		this.management = management;
		this.series = series;
	}

	/** Followers × sessions, followers by name, sessions earliest first. */
	public Matrix matrix(MasterclassSeries of) {
		List<NetworkEvent> sessions = this.management.sessions(of);
		List<SeriesFollower> followers = this.management.followers(of.getId());
		Map<String, Attendance> marks = marks(sessions, followers.stream().map(SeriesFollower::getAccountId).toList());
		List<Row> rows = new ArrayList<>();
		for (SeriesFollower follower : followers) {
			rows.add(row(of, sessions, follower, marks));
		}
		return new Matrix(of, sessions, rows);
	}

	/** One follower's row, or empty when the person does not follow the series. */
	public Optional<Row> of(MasterclassSeries series, long accountId) {
		return this.management.follower(series.getId(), accountId).map((follower) -> {
			List<NetworkEvent> sessions = this.management.sessions(series);
			return row(series, sessions, follower, marks(sessions, List.of(accountId)));
		});
	}

	private Map<String, Attendance> marks(List<NetworkEvent> sessions, List<Long> accountIds) {
		Map<String, Attendance> marks = new HashMap<>();
		if (sessions.isEmpty() || accountIds.isEmpty()) {
			return marks;
		}
		for (Registration registration : this.series.registrations(sessions.stream().map(NetworkEvent::getId).toList(),
				accountIds)) {
			if (registration.getAttendance() != null) {
				marks.put(key(registration.getEventId(), registration.getAccountId()), registration.getAttendance());
			}
		}
		return marks;
	}

	private static Row row(MasterclassSeries series, List<NetworkEvent> sessions, SeriesFollower follower,
			Map<String, Attendance> marks) {
		List<Attendance> cells = new ArrayList<>();
		List<NetworkEvent> attended = new ArrayList<>();
		for (NetworkEvent session : sessions) {
			Attendance mark = marks.get(key(session.getId(), follower.getAccountId()));
			cells.add(mark);
			if (mark == Attendance.PRESENT) {
				attended.add(session);
			}
		}
		return new Row(follower, cells, attended, series.qualifies(attended.size()));
	}

	private static String key(long eventId, long accountId) {
		return eventId + ":" + accountId;
	}

	/**
	 * The attendance of a series.
	 *
	 * @param series the series
	 * @param sessions its sessions, earliest first (the columns)
	 * @param rows one per follower
	 */
	public record Matrix(MasterclassSeries series, List<NetworkEvent> sessions, List<Row> rows) {

		/** How many followers qualify for a certificate. */
		public long qualifying() {
			return this.rows.stream().filter(Row::qualifies).count();
		}

	}

	/**
	 * One follower.
	 *
	 * @param follower who
	 * @param cells per session: present, absent or null (not marked, not registered)
	 * @param attended the sessions they came to, earliest first
	 * @param qualifies whether they attended at least the series' minimum
	 */
	public record Row(SeriesFollower follower, List<Attendance> cells, List<NetworkEvent> attended, boolean qualifies) {

		/** How many sessions they came to. */
		public int count() {
			return this.attended.size();
		}

	}

}
