package be.lokaalcirculair.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.shared.web.Flash;

/**
 * The editors' page of the search index: its state and the action "reindex", which
 * rebuilds the index in the background while the page shows its progress.
 */
@Controller
class SearchAdminController implements DisposableBean {

	static final String VIEW = "search/admin", PROGRESS = "search/admin-progress";

	private static final Logger log = LoggerFactory.getLogger(SearchAdminController.class);

	private final SearchIndex index;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "reindex");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean running = new AtomicBoolean();

	SearchAdminController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/beheer/zoekindex")
	String page(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("progress", this.index.progress());
		model.addAttribute("running", this.running.get());
		return (htmx != null) ? PROGRESS : VIEW;
	}

	@PostMapping("/beheer/zoekindex")
	String reindex(RedirectAttributes redirect) {
		if (this.running.compareAndSet(false, true)) {
			this.worker.submit(() -> {
				try {
					this.index.rebuild();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (RuntimeException ex) {
					log.error("Reindexing failed", ex);
				}
				finally {
					this.running.set(false);
				}
			});
			Flash.message(redirect, "search.admin.started");
		}
		else {
			Flash.message(redirect, "search.admin.busy");
		}
		return "redirect:/beheer/zoekindex";
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
