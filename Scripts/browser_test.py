#!/usr/bin/env python3
"""Drives headless Chromium through Activa's web page, as a person would, and saves screenshots.

Starts `activa serve` on a free loopback port with a fresh database, then over the Chrome DevTools Protocol
(a minimal WebSocket client below; the standard library only): types amounts into the KIA calculator and waits
for the live answer, creates a register, adds an asset through the form, opens an amount's explanation, switches
to English, deletes the asset and brings it back through the history. Screenshots go to Screenshots/. Prints 'N passed, N failed' and exits non-zero on a failure.

Usage: python3 Scripts/browser_test.py [path/to/activa]
"""
import base64, json, os, shutil, socket, struct, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHOTS = os.path.join(ROOT, "Screenshots")
passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except Exception:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


class WebSocket:
    """Just enough of RFC 6455 for the DevTools Protocol: masked client text frames, unfragmented or not."""

    def __init__(self, url):
        assert url.startswith("ws://")
        host_port, path = url[5:].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise RuntimeError(f"websocket handshake failed: {response!r}")

    def send(self, text):
        payload = text.encode()
        header = bytearray([0x81])
        length = len(payload)
        if length < 126:
            header.append(0x80 | length)
        elif length < 65536:
            header.append(0x80 | 126)
            header += struct.pack(">H", length)
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", length)
        mask = os.urandom(4)
        header += mask
        self.sock.sendall(bytes(header) + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exact(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise RuntimeError("websocket closed")
            data += chunk
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._exact(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exact(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exact(8))[0]
            payload = self._exact(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise RuntimeError("websocket closed by the browser")
            if opcode in (0x1, 0x2, 0x0):
                message += payload
                if first & 0x80:
                    return message.decode()


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="activa-chromium-")
        self.port = free_port()
        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             f"--remote-debugging-port={self.port}", f"--user-data-dir={self.profile}", "--window-size=1280,1400", "--lang=nl-NL", "--accept-lang=nl-NL,nl",
             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_http(f"http://127.0.0.1:{self.port}/json/version")
        targets = json.loads(wait_http(f"http://127.0.0.1:{self.port}/json/list"))
        page = next(t for t in targets if t.get("type") == "page")
        self.ws = WebSocket(page["webSocketDebuggerUrl"])
        self.next_id = 0
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression, seconds=10):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.1)
        return False

    def open(self, url):
        self.call("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'")

    def screenshot(self, name):
        os.makedirs(SHOTS, exist_ok=True)
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        path = os.path.join(SHOTS, name)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        print(f"     screenshot {os.path.relpath(path, ROOT)}")

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "activa")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        print("chromium not found: install Debian's chromium package")
        return 2
    port = free_port()
    database = os.path.join(tempfile.mkdtemp(prefix="activa-browser-"), "activa.sqlite")
    server = subprocess.Popen([binary, "serve", "--port", str(port), "--database", database],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={k: v for k, v in os.environ.items() if k != "ACTIVA_TOKEN"})
    base = f"http://127.0.0.1:{port}"
    browser = None
    try:
        wait_http(base + "/health")
        browser = Browser(chromium)

        # 1. The calculator: type amounts, the live answer appears (plain JavaScript asking the app).
        browser.open(base + "/")
        browser.evaluate("document.getElementById('kia-year').value = '2020'")
        browser.evaluate("var a = document.getElementById('kia-amounts'); a.value = '3000 445 455'; a.dispatchEvent(new Event('input'))")
        live = browser.wait_for("(document.getElementById('kia-result').innerText || '').indexOf('967,40') >= 0")
        check("calculator answers live while typing", live)
        text = browser.evaluate("document.getElementById('kia-result').innerText") or ""
        check("the seed's insight: €445 does not count, from €450 it adds €126", "vanaf € 450,00 levert het € 126,00 KIA op" in text, text[:200])
        check("the KIA curve is drawn", browser.evaluate("document.querySelectorAll('#kia-result svg polyline').length") == 1)
        browser.screenshot("calculator.png")

        # Without JavaScript the form still works: submit it.
        browser.evaluate("document.getElementById('kia-form').submit()")
        browser.wait_for("location.search.indexOf('amounts=') >= 0")
        check("the calculator form works as a plain GET", "967,40" in (browser.evaluate("document.body.innerText") or ""))

        # 2. A register: create it, add an asset through the form.
        browser.open(base + "/")
        browser.evaluate("document.querySelector('#new-register input[name=name]').value = 'Bakkerij Jansen'")
        browser.evaluate("document.getElementById('new-register').submit()")
        check("a new register opens", browser.wait_for("location.pathname.indexOf('/registers/') === 0"))
        register_url = browser.evaluate("location.href")
        browser.open(register_url.split("?")[0] + "/assets/new")
        fields = {"id": "oven", "description": "Bakoven", "committed": "2024-03-01", "inUse": "2024-04-01",
                  "cost": "12500", "residual": "500", "life": "10", "payments": "2024-03-01 5000\n2024-04-01 7500"}
        for name, value in fields.items():
            browser.evaluate(f"document.querySelector('#asset-form [name={name}]').value = {json.dumps(value)}")
        browser.evaluate("document.getElementById('asset-form').submit()")
        browser.wait_for("location.pathname.indexOf('/assets') < 0 && document.readyState === 'complete'")
        browser.open(register_url.split("?")[0] + "?year=2024")
        body = browser.evaluate("document.body.innerText") or ""
        check("the activastaat shows the asset", "oven" in body and "Activastaat" in body, body[:300])
        check("KIA 28% of €12.500 = €3.500", "3.500,00" in body)
        browser.evaluate("var d = document.querySelector('#activastaat details.explain'); d.open = true")
        explanation = browser.evaluate("document.querySelector('#activastaat details.explain').innerText") or ""
        check("an amount opens its explanation with the article", "art. 3.30" in explanation, explanation)
        check("the book-value chart is drawn", (browser.evaluate("document.querySelectorAll('svg.chart').length") or 0) >= 1)
        browser.screenshot("register.png")

        # 3. English on request.
        browser.open(register_url.split("?")[0] + "?year=2024&lang=en")
        body = browser.evaluate("document.body.innerText") or ""
        check("the page speaks English on request", "Fixed-asset schedule" in body and "KIA deductible" in body)
        browser.screenshot("register-en.png")

        # 4. Nothing from outside: every resource the page loaded came from the app.
        resources = browser.evaluate("performance.getEntriesByType('resource').map(function (r) { return r.name; })") or []
        check("no resource loaded from outside", all(r.startswith(base) for r in resources), str(resources))

        # 5. The history: delete the asset, see what that changed, and put the version before it back.
        page = register_url.split("?")[0]
        browser.open(page + "?lang=nl")
        browser.evaluate("document.querySelector(\"form[action$='/assets/oven/delete']\").submit()")
        check("deleting the asset empties the register",
              browser.wait_for("(document.body.innerText || '').indexOf('nog geen activa') >= 0"))
        check("the history lists every version", browser.evaluate("document.querySelectorAll('#history tbody tr').length") == 3)
        browser.screenshot("history.png")
        browser.evaluate("document.querySelector(\"a[href$='/versions/3']\").click()")
        browser.wait_for("location.pathname.indexOf('/versions/3') > 0 && document.readyState === 'complete'")
        changes = browser.evaluate("document.body.innerText") or ""
        check("a version's changes in words and figures", "Bakoven (oven): verwijderd" in changes and "3.500,00" in changes, changes[:300])
        browser.screenshot("history-changes.png")
        browser.open(page)
        browser.evaluate("document.querySelector(\"form[action$='/versions/2/restore']\").submit()")
        check("a deleted asset is brought back by restoring the version before",
              browser.wait_for("(document.body.innerText || '').indexOf('versie 2 teruggezet') >= 0 && (document.body.innerText || '').indexOf('Bakoven') >= 0"))

        # 6. Taking over an activastaat: a spreadsheet saved by Excel (Windows-1252, ';'), chosen as a file.
        sheet = ("Omschrijving;Soort;Aanschafdatum;Aanschafprijs;Restwaarde;Levensduur;Boekwaarde einde boekjaar\n"
                 "Bedrijfsbus;bestelauto;1-3-2021;30.000,00;6.000,00;5;16.400,00\n"
                 "Espressomachine café;inventaris;10-1-2022;10.000,00;0;5;5.000,00\n").encode("cp1252")
        browser.open(base + "/")
        browser.evaluate("document.getElementById('take-over').open = true")
        browser.evaluate("document.querySelector('#take-over-form [name=name]').value = 'Schildersbedrijf De Kwast'")
        browser.evaluate("document.querySelector('#take-over-form [name=year]').value = '2024'")
        browser.evaluate("var t = new DataTransfer(); t.items.add(new File([new Uint8Array(" + json.dumps(list(sheet)) + ")], 'staat.csv', {type: 'text/csv'}));"
                         "var i = document.getElementById('sheet-file'); i.files = t.files; i.dispatchEvent(new Event('change'))")
        check("the chosen file fills the form, read as Windows-1252",
              browser.wait_for("document.getElementById('sheet-text').value.indexOf('café') >= 0"))
        browser.screenshot("take-over-form.png")
        browser.evaluate("document.getElementById('take-over-form').submit()")
        check("the register taken over says from when",
              browser.wait_for("(document.body.innerText || '').indexOf('Overgenomen per 1-1-2024') >= 0"))
        browser.open(browser.evaluate("document.querySelector('a[href*=\"/assets/bedrijfsbus/edit\"]').href").split("/assets/")[0] + "?year=2024")
        body = browser.evaluate("document.body.innerText") or ""
        check("the bus continues from its filed book value: 16.400 on 1-1-2024, 4.800 in 2024",
              "16.400,00" in body and "4.800,00" in body and "Espressomachine café" in body, body[:400])
        browser.screenshot("taken-over.png")
    except Exception as error:
        check("browser test ran", False, repr(error))
    finally:
        if browser:
            browser.close()
        server.terminate()
        server.wait(timeout=10)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
