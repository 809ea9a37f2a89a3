package com.partnerportal.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the portal's icon at the addresses browsers ask for on every page. The icon
 * hardly ever changes and names nothing private, so browsers and shared caches may keep
 * it for a week instead of asking again with each page.
 */
@Configuration(proxyBeanMethods = false)
class FaviconConfiguration implements WebMvcConfigurer {

	static final Duration KEPT_FOR = Duration.ofDays(7);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/favicon.ico", "/favicon.svg")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(KEPT_FOR).cachePublic());
	}

}
