;; config/property_preloaded: every property the host provides before the
;; guest sets any.  The root (on_configure) reads plugin_name,
;; plugin_root_id, plugin_vm_id, request.protocol, source.address,
;; source.port, destination.address, destination.port, then the inner
;; nodes "source" and "destination\0" (a path prefix that names no leaf).
;; An HTTP stream (on_request_headers) reads request.path, request.method,
;; request.host, request.scheme (from the request's pseudo-headers), and
;; request.protocol and plugin_name, which it finds in the VM and the root,
;; and the inner node "request": the stream's four leaves and the VM's
;; protocol.
(module
  (import "env" "proxy_get_property"
    (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 64) "plugin_name")            ;; 11
  (data (i32.const 128) "plugin_root_id")        ;; 14
  (data (i32.const 192) "plugin_vm_id")          ;; 12
  (data (i32.const 256) "request\00protocol")    ;; 16
  (data (i32.const 320) "source\00address")      ;; 14
  (data (i32.const 384) "source\00port")         ;; 11
  (data (i32.const 448) "destination\00address") ;; 19
  (data (i32.const 512) "destination\00port")    ;; 16
  (data (i32.const 576) "source")                ;; 6
  (data (i32.const 640) "destination\00")        ;; 12
  (data (i32.const 704) "request\00path")        ;; 12
  (data (i32.const 768) "request\00method")      ;; 14
  (data (i32.const 832) "request\00host")        ;; 12
  (data (i32.const 896) "request\00scheme")      ;; 14
  (data (i32.const 960) "request")               ;; 7
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $get (param $p i32) (param $n i32)
    (drop (call $get_property (local.get $p) (local.get $n) (i32.const 2048) (i32.const 2052))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $get (i32.const 64) (i32.const 11))
    (call $get (i32.const 128) (i32.const 14))
    (call $get (i32.const 192) (i32.const 12))
    (call $get (i32.const 256) (i32.const 16))
    (call $get (i32.const 320) (i32.const 14))
    (call $get (i32.const 384) (i32.const 11))
    (call $get (i32.const 448) (i32.const 19))
    (call $get (i32.const 512) (i32.const 16))
    (call $get (i32.const 576) (i32.const 6))
    (call $get (i32.const 640) (i32.const 12))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $get (i32.const 704) (i32.const 12))
    (call $get (i32.const 768) (i32.const 14))
    (call $get (i32.const 832) (i32.const 12))
    (call $get (i32.const 896) (i32.const 14))
    (call $get (i32.const 256) (i32.const 16))
    (call $get (i32.const 64) (i32.const 11))
    (call $get (i32.const 960) (i32.const 7))
    (i32.const 0)))
