package be.lokaalcirculair.shared.web;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers the {@link PageCache} after Spring Security's filters (order -100), so that
 * it knows who is signed in and every answer, cached or not, gets the security headers.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PageCache> pageCache(PageCacheSettings settings, LocaleResolver localeResolver,
			ObjectProvider<Clock> clock) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(settings, localeResolver, clock.getIfAvailable(Clock::systemUTC)));
		registration.setOrder(0);
		registration.setEnabled(settings.enabled());
		return registration;
	}

}
