package org.careerpath.assessment;

import org.careerpath.web.NotFoundException;
import org.careerpath.web.PublicUrl;
import org.careerpath.web.UnknownLinkException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * One assessment through its read-only link: the results, the printable report and the history, without a
 * single control that changes anything. Every other method on these addresses is a 404.
 */
@Controller
class SharedAssessmentController {

    private final PublicUrl publicUrl;

    private final AssessmentService assessments;

    SharedAssessmentController(AssessmentService assessments, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.assessments = assessments;
    }

    private StoredAssessment stored(String token, Model model) {
        StoredAssessment stored =
                assessments.findByShare(token).orElseThrow(() -> new UnknownLinkException("assessment"));
        model.addAttribute("links", AssessmentLinks.shared(token, publicUrl.base()));
        return stored;
    }

    @GetMapping("/assessment/shared/{token}")
    String showResult(@PathVariable String token, Model model) {
        model.addAttribute("r", assessments.result(stored(token, model)));
        return "assessment/result";
    }

    @GetMapping("/assessment/shared/{token}/report")
    String showReport(@PathVariable String token, Model model) {
        model.addAttribute("r", assessments.result(stored(token, model)));
        return "assessment/report";
    }

    @GetMapping("/assessment/shared/{token}/history")
    String showHistory(@PathVariable String token, Model model) {
        model.addAttribute("h", assessments.history(stored(token, model)));
        return "assessment/history";
    }

    /** A read-only link changes nothing: any attempt is answered as if there were nothing there. */
    @RequestMapping(
            path = {"/assessment/shared/{token}", "/assessment/shared/{token}/**"},
            method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    void refuse() {
        throw new NotFoundException("read-only assessment");
    }
}
