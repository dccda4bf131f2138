package it.tempo.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Who consumes which event address, read from the broker's configuration: a queue {@code <address>.<consumer>} on an
 * address is that consumer's (the naming rule of contracts/README.md).
 */
public final class Topology {

    private static Map<String, List<String>> consumers;

    private Topology() {
    }

    public static synchronized List<String> consumersOf(String address) {
        if (consumers == null) {
            consumers = read();
        }
        return consumers.getOrDefault(address, List.of());
    }

    private static Map<String, List<String>> read() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList addresses = factory.newDocumentBuilder().parse(Stack.brokerConfig().toFile()).getElementsByTagNameNS("*", "address");
            Map<String, List<String>> byAddress = new HashMap<>();
            for (int i = 0; i < addresses.getLength(); i++) {
                Element address = (Element) addresses.item(i);
                String name = address.getAttribute("name");
                NodeList queues = address.getElementsByTagNameNS("*", "queue");
                List<String> names = new ArrayList<>();
                for (int q = 0; q < queues.getLength(); q++) {
                    String queue = ((Element) queues.item(q)).getAttribute("name");
                    if (queue.startsWith(name + ".")) {
                        names.add(queue.substring(name.length() + 1));
                    }
                }
                byAddress.put(name, List.copyOf(names));
            }
            return byAddress;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("cannot read the broker configuration " + Stack.brokerConfig(), e);
        }
    }
}
