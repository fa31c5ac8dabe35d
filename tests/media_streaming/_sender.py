"""Telnyx's side of a long stream, run as its own process by the soak test (so that only
the app's side runs under tracemalloc): connected, start, N media frames, stop.

    python _sender.py URL N
"""

from __future__ import annotations

import asyncio
import base64
import sys


async def main(url: str, n: int) -> None:
    from websockets.asyncio.client import connect

    payload = base64.b64encode(bytes(range(96, 256))).decode()  # 160 bytes: 20 ms of PCMU
    template = (
        '{"event":"media","sequence_number":"%d","media":{"track":"inbound",'
        '"chunk":"%d","timestamp":"%d","payload":"' + payload + '"},"stream_id":"soak"}'
    )
    async with connect(url, open_timeout=10, ping_interval=None) as ws:
        await ws.send('{"event":"connected","version":"1.0.0"}')
        start = '{"event":"start","sequence_number":"1","start":{"media_format":'
        await ws.send(
            start + '{"encoding":"PCMU","sample_rate":8000,"channels":1}},"stream_id":"soak"}'
        )
        for i in range(n):
            # every 50th pair swapped: the stream reorders them
            j = i + 1 if i % 50 == 0 else i - 1 if i % 50 == 1 else i
            await ws.send(template % (j + 2, j + 1, j * 20))
        await ws.send(f'{{"event":"stop","sequence_number":"{n + 2}","stop":{{}}}}')
        await asyncio.wait_for(ws.wait_closed(), 60)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
