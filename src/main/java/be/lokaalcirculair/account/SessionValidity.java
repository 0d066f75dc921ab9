package be.lokaalcirculair.account;

import java.io.IOException;
import java.sql.Timestamp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Log out everywhere": a session that started before its account ended all sessions is
 * ended on its next request.
 */
class SessionValidity extends OncePerRequestFilter {

	private final JdbcTemplate jdbc;

	SessionValidity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			java.util.List<Timestamp> rows = this.jdbc.query("select sessions_valid_after from account where id = ?",
					(rs, row) -> rs.getTimestamp(1), principal.id());
			boolean gone = rows.isEmpty();
			Timestamp validAfter = gone ? null : rows.get(0);
			if (gone || (validAfter != null && principal.loggedInAt().isBefore(validAfter.toInstant()))) {
				SecurityContextHolder.clearContext();
				if (request.getSession(false) != null) {
					request.getSession(false).invalidate();
				}
				response.sendRedirect("/aanmelden?afgemeld");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
