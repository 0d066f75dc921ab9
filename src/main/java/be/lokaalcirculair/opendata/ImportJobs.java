package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import jobs in the database: the uploaded file, the state, the progress and the report.
 * Kept there rather than in memory, so that every node of a cluster shows the same
 * progress and a job outlives the node that ran it (which is then found out by its
 * heartbeat).
 */
@Component
class ImportJobs {

	private static final String COLUMNS = "j.id, j.file_name, j.file_format, j.size_bytes, j.state, j.language, "
			+ "j.rows_total, j.rows_done, j.error_count, j.imported_count, j.message, j.created_by, j.created_at, "
			+ "j.finished_at, (select count(*) from import_upload u where u.job_id = j.id and u.mapping is not null)";

	private final JdbcTemplate jdbc;

	ImportJobs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores an uploaded file as a job whose dry run is about to start. */
	@Transactional
	public long create(String fileName, ImportFormat format, byte[] content, String mapping, Long createdBy,
			String language) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into import_job (file_name, file_format, size_bytes, state, language, created_by, "
							+ "created_at, heartbeat_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			Timestamp now = Timestamp.from(Instant.now());
			insert.setString(1, fileName);
			insert.setString(2, format.name());
			insert.setLong(3, content.length);
			insert.setString(4, ImportState.CHECKING.name());
			insert.setString(5, language);
			insert.setObject(6, createdBy);
			insert.setTimestamp(7, now);
			insert.setTimestamp(8, now);
			return insert;
		}, key);
		long id = key.getKey().longValue();
		this.jdbc.update("insert into import_upload (job_id, content, mapping) values (?, ?, ?)", id, content, mapping);
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<ImportJob> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from import_job j where j.id = ?", ImportJobs::job, id)
			.stream()
			.findFirst();
	}

	/** The most recent jobs, newest first. */
	@Transactional(readOnly = true)
	public List<ImportJob> recent(int limit) {
		return this.jdbc.query("select " + COLUMNS + " from import_job j order by j.created_at desc, j.id desc",
				(ResultSet rows) -> {
					List<ImportJob> jobs = new java.util.ArrayList<>();
					while (rows.next() && jobs.size() < limit) {
						jobs.add(job(rows, 0));
					}
					return jobs;
				});
	}

	/** The report of a job, in order. */
	@Transactional(readOnly = true)
	public List<ImportIssue> issues(long id) {
		return this.jdbc.query(
				"select row_no, field, cell_value, message, error from import_issue where job_id = ? order by position",
				(row, n) -> new ImportIssue(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
						row.getBoolean(5)),
				id);
	}

	/** Writes the uploaded file to a local file, for reading. */
	@Transactional(readOnly = true)
	public void copyContent(long id, Path target) {
		this.jdbc.query("select content from import_upload where job_id = ?", (ResultSet row) -> {
			try (InputStream in = row.getBinaryStream(1)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, id);
	}

	/** The column mapping uploaded with the file, or {@code null}. */
	@Transactional(readOnly = true)
	public String mapping(long id) {
		return this.jdbc.query("select mapping from import_upload where job_id = ?",
				(ResultSet row) -> row.next() ? row.getString(1) : null, id);
	}

	/**
	 * Moves a job from one state to another, when it is in the first: only one request
	 * (of any node) wins.
	 */
	@Transactional
	public boolean claim(long id, ImportState from, ImportState to, String runner, Long committedBy) {
		return this.jdbc.update(
				"update import_job set state = ?, runner = ?, committed_by = coalesce(cast(? as bigint), committed_by), rows_done = 0, "
						+ "heartbeat_at = ?, message = null where id = ? and state = ?",
				to.name(), runner, committedBy, Timestamp.from(Instant.now()), id, from.name()) == 1;
	}

	/** The rows read or written so far; also a sign of life. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void progress(long id, int rows) {
		this.jdbc.update("update import_job set rows_done = ?, heartbeat_at = ? where id = ?", rows,
				Timestamp.from(Instant.now()), id);
	}

	/** Signs of life of the jobs a node is running. */
	@Transactional
	public void heartbeat(Collection<Long> ids) {
		Timestamp now = Timestamp.from(Instant.now());
		ids.forEach((id) -> this.jdbc.update("update import_job set heartbeat_at = ? where id = ? and state in (?, ?)",
				now, id, ImportState.CHECKING.name(), ImportState.IMPORTING.name()));
	}

	/**
	 * Records how a job ended, with its report. Joins the caller's transaction, so that
	 * an import is marked done together with its fiches.
	 */
	@Transactional
	public void finish(long id, ImportState state, ImportOutcome outcome, String message) {
		this.jdbc.update(
				"update import_job set state = ?, rows_total = ?, rows_done = ?, error_count = ?, imported_count = ?, "
						+ "message = ?, finished_at = ?, runner = null where id = ?",
				state.name(), outcome.rows(), (state == ImportState.DONE) ? outcome.imported() : outcome.rows(),
				outcome.errors(), outcome.imported(), message,
				(state == ImportState.CHECKED) ? null : Timestamp.from(Instant.now()), id);
		this.jdbc.update("delete from import_issue where job_id = ?", id);
		List<ImportIssue> issues = outcome.issues();
		this.jdbc.batchUpdate(
				"insert into import_issue (job_id, position, row_no, field, cell_value, message, error) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				new org.springframework.jdbc.core.BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement insert, int i) throws SQLException {
						ImportIssue issue = issues.get(i);
						insert.setLong(1, id);
						insert.setInt(2, i);
						insert.setInt(3, issue.row());
						insert.setString(4, cut(issue.field(), 200));
						insert.setString(5, issue.value());
						insert.setString(6, issue.message());
						insert.setBoolean(7, issue.error());
					}

					@Override
					public int getBatchSize() {
						return issues.size();
					}

				});
	}

	/** Marks a job failed, without touching its report. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void fail(long id, String message) {
		this.jdbc.update("update import_job set state = ?, message = ?, finished_at = ?, runner = null where id = ?",
				ImportState.FAILED.name(), message, Timestamp.from(Instant.now()), id);
	}

	/**
	 * Marks as failed the running jobs that gave no sign of life since the moment given:
	 * their node went away, and their transaction with it.
	 */
	@Transactional
	public int sweep(Instant silentSince) {
		return this.jdbc.update(
				"update import_job set state = ?, message = ?, finished_at = ?, runner = null "
						+ "where state in (?, ?) and heartbeat_at < ?",
				ImportState.FAILED.name(), "import.failed.interrupted", Timestamp.from(Instant.now()),
				ImportState.CHECKING.name(), ImportState.IMPORTING.name(), Timestamp.from(silentSince));
	}

	/**
	 * Deletes the jobs (files and reports with them) uploaded before the moment given.
	 */
	@Transactional
	public int purge(Instant before) {
		// files and reports go with their job (on delete cascade)
		return this.jdbc.update("delete from import_job where created_at < ? and state not in (?, ?)",
				Timestamp.from(before), ImportState.CHECKING.name(), ImportState.IMPORTING.name());
	}

	private static ImportJob job(ResultSet row, int n) throws SQLException {
		Timestamp finished = row.getTimestamp(14);
		return new ImportJob(row.getLong(1), row.getString(2), ImportFormat.valueOf(row.getString(3)), row.getLong(4),
				ImportState.valueOf(row.getString(5)), row.getString(6), row.getInt(7), row.getInt(8), row.getInt(9),
				row.getInt(10), row.getString(11), (Long) row.getObject(12, Long.class),
				row.getTimestamp(13).toInstant(), (finished != null) ? finished.toInstant() : null,
				row.getLong(15) > 0);
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
