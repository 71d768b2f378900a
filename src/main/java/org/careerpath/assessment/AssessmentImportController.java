package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.PublicPage;
import org.careerpath.web.RateLimited;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bringing an exported assessment back in as a new assessment, and the page that documents the format. */
@Controller
class AssessmentImportController {

    /** Far more than any real export (hundreds of revisions with comments); larger files are refused. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final AssessmentTransfer transfer;
    private final SkillCatalogue skills;

    AssessmentImportController(AssessmentTransfer transfer, SkillCatalogue skills) {
        this.transfer = transfer;
        this.skills = skills;
    }

    @GetMapping("/assessment/import")
    String showImport(Model model) {
        model.addAttribute("maxKb", MAX_FILE_BYTES / 1024);
        return "assessment/import";
    }

    @PostMapping("/assessment/import")
    @RateLimited("submit")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletResponse response,
            Model model)
            throws IOException {
        model.addAttribute("maxKb", MAX_FILE_BYTES / 1024);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "Choose the file you exported (a .json file) before importing.");
            return "assessment/import";
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "error", "The file is larger than " + MAX_FILE_BYTES / 1024 + " KB; no export is that large.");
            return "assessment/import";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "The file is not UTF-8 text, so it cannot be an export from this portal.");
            return "assessment/import";
        }
        try {
            return "redirect:/assessment/" + transfer.importFile(AssessmentFile.read(text, skills.load()));
        } catch (AssessmentFile.Invalid e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorField", e.path());
            model.addAttribute("error", e.getMessage());
            return "assessment/import";
        }
    }

    @PublicPage
    @GetMapping("/assessment/export-format")
    String showFormat(Model model) {
        model.addAttribute("format", AssessmentFile.FORMAT);
        model.addAttribute("version", AssessmentFile.VERSION);
        model.addAttribute("maxRevisions", AssessmentFile.MAX_REVISIONS);
        model.addAttribute("maxOpinions", AssessmentFile.MAX_OPINIONS);
        model.addAttribute("labelMax", Submission.LABEL_MAX);
        model.addAttribute("nameMax", Mentors.NAME_MAX);
        model.addAttribute("commentMax", MentorSubmission.COMMENT_MAX);
        model.addAttribute("catalogue", skills.load().categories());
        model.addAttribute("levels", skills.load().ladder().levels());
        return "assessment/export-format";
    }
}
