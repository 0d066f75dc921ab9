package be.lokaalcirculair.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shared cache of anonymous public pages ({@link PageCache}).
 *
 * @param pageCacheTtl how long a rendered page is served again; zero turns the cache off
 * @param pageCacheEntries the most pages kept (each a distinct address and language)
 */
@ConfigurationProperties("lc.web")
record PageCacheSettings(Duration pageCacheTtl, Integer pageCacheEntries) {

	PageCacheSettings {
		pageCacheTtl = (pageCacheTtl == null || pageCacheTtl.isNegative()) ? Duration.ZERO : pageCacheTtl;
		pageCacheEntries = (pageCacheEntries == null || pageCacheEntries < 1) ? 500 : pageCacheEntries;
	}

	boolean enabled() {
		return !this.pageCacheTtl.isZero();
	}

}
