package be.lokaalcirculair.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The public URLs of static assets, with content hashes in their names. Resolved once per
 * asset: resolving on every request is what made a stock sample application slow on this
 * kind of machine.
 */
@Component
class Assets {

	private final ResourceUrlProvider resourceUrls;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	Assets(ResourceUrlProvider resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	String url(String path) {
		return this.urls.computeIfAbsent(path, (key) -> {
			String url = this.resourceUrls.getForLookupPath(key);
			return (url != null) ? url : key;
		});
	}

}
