"""Where a JFR recording's execution samples fall: by layer (any frame of the stack in it) and by hottest method.

    python3 bench/jfr-summary.py RECORDING.jfr [THREAD-NAME-PART]
"""
import collections
import json
import subprocess
import sys

recording = sys.argv[1]
thread_filter = sys.argv[2] if len(sys.argv) > 2 else "http-nio"

LAYERS = [
    ("H2 database engine", "org.h2."),
    ("PostgreSQL driver", "org.postgresql."),
    ("Hibernate", "org.hibernate."),
    ("Spring Data JPA", "org.springframework.data."),
    ("Thymeleaf rendering", "org.thymeleaf."),
    ("Spring Security filters", "org.springframework.security."),
    ("Password hashing (bcrypt)", "org.springframework.security.crypto.bcrypt."),
    ("Portal code", "com.partnerportal."),
    ("Tomcat", "org.apache.catalina."),
    ("Socket writes", "sun.nio.ch.SocketDispatcher"),
]

printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", recording],
                         capture_output=True, text=True, check=True).stdout
events = json.loads(printed)["recording"]["events"]
samples = 0
layers = collections.Counter()
innermost = collections.Counter()
leaves = collections.Counter()
portal = collections.Counter()
for event in events:
    values = event["values"]
    thread = (values.get("sampledThread") or {}).get("javaName") or ""
    if thread_filter not in thread:
        continue
    frames = [frame["method"]["type"]["name"].replace("/", ".") + "." + frame["method"]["name"]
              for frame in (values.get("stackTrace") or {}).get("frames", [])]
    if not frames:
        continue
    samples += 1
    leaves[frames[0]] += 1
    for name, prefix in LAYERS:
        if any(frame.startswith(prefix) for frame in frames):
            layers[name] += 1
    # The layer nearest the top of the stack: where the time goes, rather than what it passes through.
    innermost[next((name for frame in frames for name, prefix in reversed(LAYERS) if frame.startswith(prefix)),
                   "JDK and other libraries only")] += 1
    first_portal = next((frame for frame in frames if frame.startswith("com.partnerportal.")), None)
    if first_portal:
        portal[first_portal] += 1

print(f"{samples} execution samples on threads named *{thread_filter}*")
print("\nShare of samples by the innermost layer on the stack:")
for name, count in innermost.most_common():
    print(f"  {count / samples:6.1%}  {name}")
print("\nShare of samples with a frame in:")
for name, count in layers.most_common():
    print(f"  {count / samples:6.1%}  {name}")
print("\nHottest methods (top of the stack):")
for frame, count in leaves.most_common(15):
    print(f"  {count / samples:6.1%}  {frame}")
print("\nInnermost portal method on the stack:")
for frame, count in portal.most_common(10):
    print(f"  {count / samples:6.1%}  {frame}")
