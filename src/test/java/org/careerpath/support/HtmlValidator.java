package org.careerpath.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on a page's HTML. */
public final class HtmlValidator {

    private HtmlValidator() {}

    /** Error messages with their line numbers; warnings are not errors and are left out. */
    public static List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator();
            validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
            validator.setUpValidatorAndParsers(handler, false, false);
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (SAXParseException e) {
            // already reported to the handler
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker could not run: " + e.getMessage(), e);
        }
        return errors;
    }
}
