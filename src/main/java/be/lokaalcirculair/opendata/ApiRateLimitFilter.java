package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the API's requests per client address (429 with Retry-After beyond the limit),
 * so that one script cannot crowd out everyone else. The address is the one the server
 * sees: behind a reverse proxy, let the server take the client's address from the proxy's
 * headers ({@code server.forward-headers-strategy}).
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private final ApiSettings.RateLimit settings;

	private final ClientRateLimit limit;

	private final Set<String> exempt;

	private final ProblemWriter problems;

	ApiRateLimitFilter(ApiSettings.RateLimit settings, Clock clock, ProblemWriter problems) {
		this.settings = settings;
		this.limit = new ClientRateLimit(settings.burst(), settings.requestsPerMinute(), clock);
		this.exempt = Set.copyOf(settings.exempt());
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = request.getRemoteAddr();
		if (!this.settings.enabled() || this.exempt.contains(client)) {
			chain.doFilter(request, response);
			return;
		}
		int cost = ExportFormat.isExport(request.getRequestURI()) ? this.settings.exportCost() : 1;
		long wait = this.limit.take(client, cost);
		if (wait == 0) {
			chain.doFilter(request, response);
			return;
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests from your address: at most " + this.settings.requestsPerMinute() + " per minute, "
						+ this.settings.burst() + " at once; an export counts as " + this.settings.exportCost()
						+ ". Try again in " + wait + " s.",
				headers);
	}

}
