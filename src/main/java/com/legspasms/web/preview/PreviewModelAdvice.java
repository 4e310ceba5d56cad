package com.legspasms.web.preview;

import com.legspasms.content.ContentProblem;
import com.legspasms.site.ContentChangeHandled;
import com.legspasms.site.PublishedSite;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the {@code preview} model attribute in preview mode; the shared layout
 * then adds the live-reload script and, while the last change is refused, the problem
 * panel. Outside preview mode this advice does not exist, the attribute is absent and the
 * layout adds nothing.
 */
@ControllerAdvice
@ConditionalOnBooleanProperty("site.preview")
class PreviewModelAdvice {

	private final PublishedSite content;

	PreviewModelAdvice(PublishedSite content) {
		this.content = content;
	}

	@ModelAttribute("preview")
	PreviewState preview() {
		ContentChangeHandled last = this.content.lastChange();
		return new PreviewState(last.change(), last.problems().stream().map(ContentProblem::toString).toList());
	}

}
