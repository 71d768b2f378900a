package org.careerpath.salaries;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careerpath.web.Csv;
import org.careerpath.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admins import a salary-survey CSV (the aijobs.net layout) on {@code /admin/imports}: the file is checked
 * for what can be told at once (present, not too large, a CSV by its name and content), then imported in
 * the background; its page shows the progress, and the rejected rows at the end, also as CSV.
 */
@Controller
class ImportController {

    /** The largest survey file accepted (the 2025 survey is about 4 MB). */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/admin/imports")
    String imports(Model model) {
        model.addAttribute("jobs", jobs.latest());
        model.addAttribute("maxMegabytes", MAX_BYTES / (1024 * 1024));
        return "admin/imports";
    }

    @PostMapping("/admin/imports")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal principal,
            HttpServletRequest request,
            Model model)
            throws IOException {
        String problem = problem(file);
        if (problem != null) {
            model.addAttribute("problem", problem);
            return imports(model);
        }
        long id = jobs.start(file.getOriginalFilename(), file.getBytes(), principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/imports/" + id;
    }

    @GetMapping("/admin/imports/{id}")
    String job(@PathVariable long id, Model model) {
        ImportJobs.Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("import " + id));
        model.addAttribute("job", job);
        model.addAttribute("rejections", jobs.rejections(job));
        return "admin/import";
    }

    /** The progress as JSON, for the page's script (the page itself shows the same on a refresh). */
    @GetMapping(path = "/admin/imports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id) {
        ImportJobs.Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("import " + id));
        return Map.of(
                "status", job.status(),
                "rowsRead", job.rowsRead(),
                "accepted", job.accepted(),
                "rejected", job.rejected());
    }

    @GetMapping("/admin/imports/{id}/rejections.csv")
    org.springframework.http.ResponseEntity<String> rejectionsCsv(@PathVariable long id) {
        ImportJobs.Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("import " + id));
        List<List<String>> rows = jobs.rejections(job).stream()
                .map(r -> List.of(Integer.toString(r.line()), r.reason()))
                .toList();
        return Csv.download("import-" + id + "-rejected-rows.csv", List.of("line", "reason"), rows);
    }

    /** What is wrong with an upload that can be told without reading it all, or null. */
    private static String problem(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return "Choose a CSV file to import.";
        }
        if (file.getSize() > MAX_BYTES) {
            return "That file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; nothing was imported.";
        }
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv")) {
            return "Only .csv files can be imported (the survey's own download); nothing was imported.";
        }
        byte[] start = file.getInputStream().readNBytes(4096);
        for (byte b : start) {
            if (b == 0) {
                return "That file is not text, so not a CSV; nothing was imported.";
            }
        }
        return null;
    }
}
