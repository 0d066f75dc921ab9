package be.lokaalcirculair.account;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every session in step with its account. "Log out everywhere": a session that
 * started before its account ended all sessions is ended on its next request. Rights:
 * when a coordinator removed the account from its organisation, made it coordinator or no
 * longer, or an invitation made it a member, the session gets the new rights on its next
 * request, so that nobody keeps the rights of an organisation they left.
 */
class SessionValidity extends OncePerRequestFilter {

	private static final String QUERY = "select sessions_valid_after, role, organisation_id, membership, coordinator "
			+ "from account where id = ?";

	private final JdbcTemplate jdbc;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionValidity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			List<State> rows = this.jdbc.query(QUERY, SessionValidity::state, principal.id());
			State state = rows.isEmpty() ? null : rows.get(0);
			if (state == null || (state.validAfter() != null
					&& principal.loggedInAt().isBefore(state.validAfter().toInstant()))) {
				SecurityContextHolder.clearContext();
				if (request.getSession(false) != null) {
					request.getSession(false).invalidate();
				}
				response.sendRedirect("/aanmelden?afgemeld");
				return;
			}
			if (!state.rights().equals(principal.rights())) {
				renew(authentication, principal.withRights(state.rights()), request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private void renew(Authentication old, AccountPrincipal principal, HttpServletRequest request,
			HttpServletResponse response) {
		UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		renewed.setDetails(old.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(renewed);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			this.sessions.saveContext(context, request, response);
		}
	}

	private static State state(ResultSet rs, int row) throws SQLException {
		boolean member = Membership.APPROVED.name().equals(rs.getString("membership"));
		long organisationId = rs.getLong("organisation_id");
		Long organisation = (member && !rs.wasNull()) ? organisationId : null;
		return new State(rs.getTimestamp("sessions_valid_after"),
				new AccountPrincipal.Rights(Role.valueOf(rs.getString("role")), organisation,
						organisation != null && rs.getBoolean("coordinator")));
	}

	/**
	 * What the database says about a logged-in account.
	 *
	 * @param validAfter sessions that started before this moment are over, or
	 * {@code null}
	 * @param rights what it may do now
	 */
	private record State(Timestamp validAfter, AccountPrincipal.Rights rights) {
	}

}
