package com.legspasms.web;

import com.legspasms.site.PublishedSite;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TopicController {

	private final PublishedSite content;

	TopicController(PublishedSite content) {
		this.content = content;
	}

	@GetMapping("/topics")
	String topics(Model model) {
		model.addAttribute("sections", this.content.current().sections());
		return "topics";
	}

	@GetMapping("/topics/{key}")
	String topic(@PathVariable String key, Model model) {
		model.addAttribute("section", this.content.current().section(key).orElseThrow(NotFoundException::new));
		return "topic";
	}

}
