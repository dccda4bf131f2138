package app.tempo.training.infrastructure.gpx;

import io.jenetics.jpx.XMLProvider;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;

/**
 * The XML parsers jpx reads GPX with, with DTDs and external entities switched off: a GPX file is the user's input,
 * and the JDK's defaults would resolve {@code <!ENTITY x SYSTEM "file:///etc/passwd">} (XXE). jpx finds it through
 * {@code META-INF/services/io.jenetics.jpx.XMLProvider}.
 */
public class HardenedXmlProvider extends XMLProvider {

    @Override
    public XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    public DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory factory = super.documentBuilderFactory();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses to be secured", e);
        }
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
