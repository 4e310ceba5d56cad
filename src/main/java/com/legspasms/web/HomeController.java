package com.legspasms.web;

import com.legspasms.site.SiteContent;
import com.legspasms.site.SiteSnapshot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final SiteContent content;

	HomeController(SiteContent content) {
		this.content = content;
	}

	@GetMapping("/")
	String home(Model model) {
		SiteSnapshot site = this.content.current();
		model.addAttribute("hub", site.hub());
		model.addAttribute("sections", site.sections());
		return "home";
	}

}
