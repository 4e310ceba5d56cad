package com.legspasms.web;

import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final PublishedSite content;

	HomeController(PublishedSite content) {
		this.content = content;
	}

	@GetMapping("/")
	String home(Model model) {
		SiteSnapshot snapshot = this.content.current();
		model.addAttribute("hub", snapshot.hub());
		model.addAttribute("sections", snapshot.sections());
		return "home";
	}

}
